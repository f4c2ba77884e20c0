package org.openwfm.forecasting.benchmark;

import java.io.FileReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openwfm.forecasting.data.DayGrid;
import org.openwfm.forecasting.data.HistoryCsvReader;
import org.openwfm.forecasting.model.DailyTotalModel;
import org.openwfm.forecasting.model.DailyTotalProfileModel;
import org.openwfm.forecasting.model.ForecastModel;
import org.openwfm.forecasting.model.OpenHours;
import org.openwfm.forecasting.model.PreviousDayModel;
import org.openwfm.forecasting.model.SeasonalNaiveModel;
import org.openwfm.forecasting.model.TrainingData;
import org.openwfm.forecasting.model.WeekdayAverageModel;

class ScratchA {
  public static void main(String[] args) throws Exception {
    DayGrid g = new HistoryCsvReader().read(new FileReader(args[0], StandardCharsets.UTF_8), "h").queues().get(0).offered();
    double[][] v = g.toArray();
    List<ForecastModel> models = List.of(new org.openwfm.forecasting.model.CombinationModel("c-dp-hw", List.of(new DailyTotalProfileModel(), new org.openwfm.forecasting.model.HoltWintersModel(4))),
new org.openwfm.forecasting.model.CombinationModel("c-dp-wm", List.of(new DailyTotalProfileModel(), new WeekdayAverageModel(Integer.MAX_VALUE, false))),
new org.openwfm.forecasting.model.CombinationModel("c-dp-hw-wm", List.of(new DailyTotalProfileModel(), new org.openwfm.forecasting.model.HoltWintersModel(4), new WeekdayAverageModel(Integer.MAX_VALUE, false))),
new org.openwfm.forecasting.model.HoltWintersModel(), new org.openwfm.forecasting.model.HoltWintersModel(4), new PreviousDayModel(), new SeasonalNaiveModel(),
        new WeekdayAverageModel(Integer.MAX_VALUE, false),
        new WeekdayAverageModel(5, false),
        new DailyTotalProfileModel(),
        new DailyTotalProfileModel(new DailyTotalModel(70, false), 8, 26, true),
        new DailyTotalProfileModel(new DailyTotalModel(35, true), 8, 26, true),
        new DailyTotalProfileModel(new DailyTotalModel(140, true), 8, 26, true),
        new DailyTotalProfileModel(new DailyTotalModel(70, true), 8, 26, false),
        new DailyTotalProfileModel(new DailyTotalModel(70, true), 4, 26, true),
        new DailyTotalProfileModel(new DailyTotalModel(70, true), 16, 26, true));
    java.util.List<Integer> open = new java.util.ArrayList<>();
    for (int d = 0; d < g.days(); d++) if (g.hasData(d)) open.add(d);
    List<Integer> targets = open.subList(open.size() - 64, open.size());
    for (ForecastModel m : models) {
      double sum = 0;
      for (int d : targets) {
        double[][] head = java.util.Arrays.copyOf(v, d);
        TrainingData td = new TrainingData(g.firstDay(), head, OpenHours.learn(g.firstDay(), head));
        double[] f = m.forecast(td, 1)[0];
        if (System.getProperty("oracle") != null) { double ft=0, at=0; for (int s = 0; s < v[d].length; s++) if (!Double.isNaN(v[d][s])) {ft+=f[s]; at+=v[d][s];} for (int s=0;s<f.length;s++) f[s]*=at/ft; }
        double se = 0; int k = 0;
        for (int s = 0; s < v[d].length; s++) if (!Double.isNaN(v[d][s])) { se += (f[s]-v[d][s])*(f[s]-v[d][s]); k++; }
        sum += Math.sqrt(se / k);
        if (System.getProperty("days") != null && m.name().equals("daily-profile")) System.out.printf("%s %.1f%n", g.firstDay().plusDays(d), Math.sqrt(se/k));
      }
      System.out.printf("%-30s %.2f%n", m.name(), sum / targets.size());
    }
  }
}
