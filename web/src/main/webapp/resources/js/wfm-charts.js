/* Chart extender for p:chart (extender="wfmChart"): hides legend entries of unlabelled series, such as the
   lower edge of a prediction or confidence band, which JSON configurations cannot express. */
function wfmChart() {
  var options = this.cfg.config.options || (this.cfg.config.options = {});
  var plugins = options.plugins || (options.plugins = {});
  var legend = plugins.legend || (plugins.legend = {});
  legend.labels = legend.labels || {};
  legend.labels.filter = function (item) {
    return item.text !== '';
  };
}
