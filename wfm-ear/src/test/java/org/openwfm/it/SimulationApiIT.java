package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openwfm.it.support.ApiClient;
import org.openwfm.it.support.ApiClient.Reply;
import org.openwfm.it.support.WfmDeployment;

/**
 * A simulation through the REST API on a real Liberty: a forecast and a schedule of known shifts (created through
 * the test-only paths {@code /api/test-support/forecasts} and {@code /schedules}, see docs/portal.md; replace them
 * with the forecast and schedule services' own calls once those are on main), a simulation job with progress,
 * its results with confidence intervals per queue and interval, downloads, validation and roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulationApiIT {

  private static final ApiClient PLANNER = ApiClient.as("planner", "demo");
  private static final ApiClient MANAGER = ApiClient.as("manager", "demo");

  /** A Tuesday far from the demo history; Tallinn is UTC+2 then. */
  private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  @Test
  void aScheduleIsSimulatedAgainstAForecastWithConfidenceIntervals() throws InterruptedException {
    StringBuilder forecast = new StringBuilder("queue,interval_start,offered,aht_seconds\n");
    for (LocalDateTime t = DAY.atTime(8, 0); t.isBefore(DAY.atTime(16, 0)); t = t.plusMinutes(15)) {
      forecast.append("voice-et,").append(t).append(",20,240\n");
    }
    Reply created = PLANNER.post("/api/test-support/forecasts", "text/csv", forecast.toString());
    assertEquals(200, created.status(), created.body());
    long forecastId = created.json().get("id").asLong();
    Reply requirement = PLANNER.post("/api/requirements", "application/json",
        "{\"name\":\"for simulation\",\"forecastId\":" + forecastId + "}");
    assertEquals(201, requirement.status(), requirement.body());

    List<String> agents = new ArrayList<>();
    for (JsonNode agent : PLANNER.get("/api/agents").json()) {
      for (JsonNode skill : agent.get("skills")) {
        if (skill.get("queue").asText().equals("voice-et") && agents.size() < 9) {
          agents.add(agent.get("code").asText());
        }
      }
    }
    assertEquals(9, agents.size(), "the demo centre has voice-et agents");
    StringBuilder shifts = new StringBuilder("agent,start_utc,end_utc,break_start_utc,break_end_utc\n");
    for (String agent : agents) {
      // 08:00-16:00 in Tallinn is 06:00-14:00 UTC.
      shifts.append(agent).append(',').append(DAY.atTime(6, 0)).append(',').append(DAY.atTime(14, 0)).append(',')
          .append(DAY.atTime(9, 0)).append(',').append(DAY.atTime(9, 15)).append('\n');
    }
    Reply schedule = PLANNER.post("/api/test-support/schedules?requirementId=" + requirement.json().get("id")
        + "&firstDay=" + DAY, "text/csv", shifts.toString());
    assertEquals(200, schedule.status(), schedule.body());
    long scheduleId = schedule.json().get("id").asLong();

    String body = "{\"scheduleId\":" + scheduleId + ",\"forecastId\":" + forecastId + ",\"replications\":4,"
        + "\"seed\":7";
    assertEquals(403, MANAGER.post("/api/simulations", "application/json", body + "}").status());
    Reply tooLong = PLANNER.post("/api/simulations", "application/json", body + ",\"days\":10}");
    assertEquals(400, tooLong.status(), tooLong.body());
    assertTrue(tooLong.json().get("message").asText().startsWith("days"), tooLong.body());
    Reply outside = PLANNER.post("/api/simulations", "application/json", body + ",\"firstDay\":\"2031-05-01\"}");
    assertEquals(400, outside.status(), outside.body());
    assertTrue(outside.json().get("message").asText().startsWith("firstDay"), outside.body());
    Reply badDate = PLANNER.post("/api/simulations", "application/json", body + ",\"firstDay\":\"March\"}");
    assertEquals(400, badDate.status(), badDate.body());
    assertTrue(badDate.json().get("message").asText().startsWith("firstDay"), badDate.body());
    Reply noSchedule = PLANNER.post("/api/simulations", "application/json", "{\"forecastId\":" + forecastId + "}");
    assertEquals(400, noSchedule.status(), noSchedule.body());
    assertTrue(noSchedule.json().get("message").asText().startsWith("scheduleId"), noSchedule.body());

    Reply started = PLANNER.post("/api/simulations", "application/json", body + "}");
    assertEquals(202, started.status(), started.body());
    long job = started.json().get("id").asLong();
    JsonNode state = null;
    for (int i = 0; i < 240; i++) {
      state = PLANNER.get("/api/jobs/" + job).json();
      if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(state.get("state").asText())) {
        break;
      }
      Thread.sleep(500);
    }
    assertNotNull(state);
    assertEquals("SUCCEEDED", state.get("state").asText(), state.toString());
    String result = state.get("resultPath").asText();
    assertTrue(result.startsWith("/api/simulations/"), result);

    Reply simulation = MANAGER.get(result);
    assertEquals(200, simulation.status(), simulation.body());
    assertEquals(DAY.toString(), simulation.json().get("firstDay").asText());
    assertEquals(DAY.toString(), simulation.json().get("lastDay").asText());
    assertEquals(4, simulation.json().get("replications").asInt());
    JsonNode queues = simulation.json().get("queues");
    assertEquals(1, queues.size(), simulation.body());
    JsonNode voice = queues.get(0);
    // 20 calls of 4 minutes per quarter-hour are 5.3 erlangs for 8 or 9 agents: a good but not perfect service.
    assertEquals(640, voice.get("offered").asDouble(), 80);
    double sl = voice.get("serviceLevel").asDouble();
    assertTrue(sl > 0.5 && sl <= 1, "service level " + sl);
    assertTrue(voice.get("serviceLevelCi").asDouble() > 0, voice.toString());
    double occupancy = voice.get("occupancy").asDouble();
    assertTrue(occupancy > 0.4 && occupancy < 0.9, "occupancy " + occupancy);

    Reply intervals = PLANNER.get(result + "/intervals?queue=voice-et");
    assertEquals(200, intervals.status(), intervals.body());
    assertEquals(32, intervals.json().size());
    assertEquals(DAY.atTime(8, 0).toString(), intervals.json().get(0).get("intervalStart").asText().substring(0, 16));
    Reply csv = PLANNER.get(result + "/intervals?format=csv");
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("queue,interval_start,offered,service_level,service_level_ci,asa_seconds,"
        + "asa_ci,abandon_rate,abandon_ci,occupancy,occupancy_ci,weak"), csv.body());
    assertEquals(200, PLANNER.get(result + "/intervals?format=xlsx").status());
    assertTrue(PLANNER.get("/api/simulations").body().contains("\"id\":" + result.substring(result.lastIndexOf('/')
        + 1)));
  }
}
