package org.openwfm.forecasting.backtest;

/**
 * Back-test accuracy of one method over a range of horizon days, at interval level.
 *
 * @param method the method name
 * @param fromDay first horizon day scored (1 = the day after the origin)
 * @param toDay last horizon day scored
 * @param wape weighted absolute percentage error: sum |forecast - actual| / sum actual (0.1 = 10%)
 * @param mase mean absolute error over that of the weekly seasonal naive forecast in sample
 * @param bias sum (forecast - actual) / sum actual; positive = over-forecast
 * @param intervals how many intervals were scored
 */
public record MethodScore(
    String method, int fromDay, int toDay, double wape, double mase, double bias, long intervals) {}
