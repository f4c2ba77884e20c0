package org.openwfm.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.openwfm.it.support.ApiClient.Reply;

/**
 * A small requirement for tests of what comes after it (schedules, simulations), made through the REST API like
 * a planner would: a forecast of known volumes imported in the Forecast CSV layout ({@code POST
 * /api/forecasts/import}), then a requirement computed from it ({@code POST /api/requirements}).
 *
 * <p>Shape: on the given queues, 08:00-20:00 local time in 15-minute intervals with a handle time of 5 minutes,
 * {@code weekdayContacts} contacts per interval on weekdays (twice as many from 10:00 to 12:00) and {@code
 * weekendContacts} on weekends.
 */
public final class TestRequirement {

  private static final ApiClient PLANNER = ApiClient.as("planner", "demo");

  private TestRequirement() {}

  /** Imports the forecast, computes the requirement and returns the requirement's id. */
  public static long create(String name, LocalDate firstDay, int days, List<String> queues, int weekdayContacts,
      int weekendContacts) {
    StringBuilder csv = new StringBuilder("queue,interval_start,offered,aht_seconds\n");
    for (int d = 0; d < days; d++) {
      LocalDate day = firstDay.plusDays(d);
      boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
      for (LocalDateTime t = day.atTime(8, 0); t.isBefore(day.atTime(20, 0)); t = t.plusMinutes(15)) {
        int hour = t.getHour();
        int contacts = weekend ? weekendContacts : hour >= 10 && hour < 12 ? 2 * weekdayContacts : weekdayContacts;
        for (String queue : queues) {
          csv.append(queue).append(',').append(t).append(',').append(contacts).append(",300\n");
        }
      }
    }
    Reply forecast = PLANNER.post("/api/forecasts/import?name=" + name.replace(' ', '+'), "text/csv",
        csv.toString());
    assertEquals(201, forecast.status(), forecast.body());
    long forecastId = forecast.json().get("id").asLong();
    Reply requirement = PLANNER.post("/api/requirements", "application/json",
        "{\"name\":\"" + name + "\",\"forecastId\":" + forecastId + "}");
    assertEquals(201, requirement.status(), requirement.body());
    return requirement.json().get("id").asLong();
  }
}
