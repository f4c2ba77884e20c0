package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openwfm.it.support.ApiClient;
import org.openwfm.it.support.ApiClient.Reply;
import org.openwfm.it.support.Browser;
import org.openwfm.it.support.WfmDeployment;

/**
 * A planner sets a queue's targets on the requirements page, and sees a requirement and a simulation with their
 * charts, tables and download buttons, in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlannerRequirementsBrowserIT {

  private static final ApiClient PLANNER = ApiClient.as("planner", "demo");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  @Test
  void plannerEditsChatTargetsInTheDialog() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/requirements.xhtml");
      assertEquals("Requirements", browser.text(By.tagName("h1")));
      assertTrue(browser.pageSource().contains("voice-et"), "the targets table lists the queues");
      // Queues are sorted by code: the first row is chat-en.
      browser.find(By.id("targets:table:0:edit")).click();
      browser.waitForText(By.id("targets:editor"), "chat-en");
      browser.find(By.id("targets:concurrency_input")).clear();
      browser.type(By.id("targets:concurrency_input"), "3");
      browser.find(By.id("targets:save")).click();
      browser.waitForText(By.id("messages"), "Targets of chat-en saved.");
      assertTrue(browser.text(By.id("targets:table")).contains("chat-en"));
    }
  }

  @Test
  void badTargetsShowTheFieldNamedAndAreNotSaved() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/requirements.xhtml");
      browser.find(By.id("targets:table:0:edit")).click();
      browser.waitForText(By.id("targets:editor"), "chat-en");
      browser.find(By.id("targets:abandon_input")).clear();
      browser.type(By.id("targets:abandon_input"), "5");
      browser.find(By.id("targets:save")).click();
      browser.waitForText(By.id("messages"), "Max abandonment: needs patienceSeconds");
    }
  }

  /** A Wednesday far from the demo history (Helsinki is UTC+2 then). */
  private static final LocalDate DAY = LocalDate.of(2031, 3, 5);

  @Test
  void plannerSeesARequirementAndASimulationWithTheirCharts() throws InterruptedException {
    // Data through the API as a planner would make it: a forecast imported, its requirement, a schedule from the
    // solver, and a simulation of that schedule against a second forecast with three times the calls, so that
    // some intervals are certainly weak.
    long forecastId = importForecast("browser forecast", 25);
    long busyForecastId = importForecast("browser forecast busy", 75);
    Reply requirement = PLANNER.post("/api/requirements", "application/json",
        "{\"name\":\"browser requirement\",\"forecastId\":" + forecastId + "}");
    assertEquals(201, requirement.status(), requirement.body());
    Reply generated = PLANNER.post("/api/schedules", "application/json", "{\"name\":\"browser schedule\","
        + "\"requirementId\":" + requirement.json().get("id") + ",\"firstDay\":\"" + DAY.minusDays(2)
        + "\",\"weeks\":1,\"timeLimitSeconds\":10}");
    assertEquals(202, generated.status(), generated.body());
    assertEquals("SUCCEEDED", waitForJob(generated.json().get("jobId").asLong()));
    Reply started = PLANNER.post("/api/simulations", "application/json", "{\"scheduleId\":"
        + generated.json().get("scheduleId") + ",\"forecastId\":" + busyForecastId + ",\"replications\":3}");
    assertEquals(202, started.status(), started.body());
    assertEquals("SUCCEEDED", waitForJob(started.json().get("id").asLong()));

    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/requirements.xhtml");
      browser.find(By.linkText("browser requirement")).click();
      browser.waitForText(By.id("result:detail"), "voice-fi");
      browser.find(By.cssSelector("#result\\:chart canvas"));
      browser.waitForText(By.id("result:rows"), "09:00");
      assertTrue(browser.text(By.id("result:queues")).contains("voice-fi"));
      assertTrue(browser.pageSource().contains("result:xlsx"), "the Excel download button is there");

      browser.open("/planner/simulation.xhtml");
      assertEquals("Simulation", browser.text(By.tagName("h1")));
      assertTrue(browser.pageSource().contains("start:schedule"), "the schedule chooser is there");
      // The newest simulation is shown: three times the planned calls leave the service level below target.
      browser.waitForText(By.id("results:queues"), "voice-fi");
      browser.find(By.cssSelector("#results\\:chart canvas"));
      browser.waitForText(By.id("results:rows"), "08:00");
      assertTrue(browser.find(By.id("results:rows")).findElements(By.className("wfm-weak")).size() > 0,
          "weak intervals are highlighted");
    }
  }

  private static long importForecast(String name, int callsPerInterval) {
    StringBuilder forecast = new StringBuilder("queue,interval_start,offered,aht_seconds\n");
    for (LocalDateTime t = DAY.atTime(8, 0); t.isBefore(DAY.atTime(12, 0)); t = t.plusMinutes(15)) {
      forecast.append("voice-fi,").append(t).append(',').append(callsPerInterval).append(",240\n");
    }
    Reply imported = PLANNER.post("/api/forecasts/import?name=" + name.replace(' ', '+'), "text/csv",
        forecast.toString());
    assertEquals(201, imported.status(), imported.body());
    return imported.json().get("id").asLong();
  }

  private static String waitForJob(long job) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      String state = PLANNER.get("/api/jobs/" + job).json().get("state").asText();
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        return state;
      }
      Thread.sleep(500);
    }
    return "TIMEOUT";
  }
}
