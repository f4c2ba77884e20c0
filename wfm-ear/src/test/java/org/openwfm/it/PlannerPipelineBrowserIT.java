package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openwfm.it.support.ApiClient;
import org.openwfm.it.support.Browser;
import org.openwfm.it.support.WfmDeployment;

/**
 * The planner's whole path in Chromium on the demo data, one page after the other: import history, forecast a
 * queue, compute its requirement, generate and publish a schedule, simulate it, and check what each page shows.
 * Small sizes (one queue, one week, a short solver run) keep it to about a minute of server time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlannerPipelineBrowserIT {

  private static final ApiClient PLANNER = ApiClient.as("planner", "demo");
  private static final String QUEUE = "email-fi";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  @Test
  void plannerGoesFromHistoryToASimulatedPublishedSchedule() throws IOException {
    String tag = "Path " + System.nanoTime();
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");

      // 1. History: a day of this queue a year and a half back, which no forecast below depends on.
      LocalDate old = LocalDate.now().minusDays(550);
      StringBuilder csv = new StringBuilder("queue,interval_start,offered,aht_seconds\n");
      for (LocalDateTime t = old.atTime(9, 0); t.isBefore(old.atTime(10, 0)); t = t.plusMinutes(15)) {
        csv.append(QUEUE).append(',').append(t).append(",4,600\n");
      }
      Path file = Files.writeString(Files.createTempDirectory("wfm-path").resolve("history.csv"), csv);
      browser.open("/planner/history.xhtml");
      browser.find(By.id("upload:file")).sendKeys(file.toString());
      browser.find(By.id("upload:submit")).click();
      browser.waitForText(By.id("messages"), "Imported 4 intervals");

      // 2. Forecast: one queue, one week, the page's other defaults.
      browser.open("/planner/forecast.xhtml");
      browser.find(By.id("run:queues")).click();
      browser.clickSettled(By.xpath("//li[contains(@class,'ui-selectcheckboxmenu-item')][.//label[normalize-space()='"
          + QUEUE + "']]//div[contains(@class,'ui-chkbox-box')]"));
      browser.find(By.tagName("h1")).click();
      WebElement days = browser.find(By.id("run:days_input"));
      days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7", Keys.TAB);
      browser.type(By.id("run:name"), tag);
      browser.find(By.id("run:start")).click();
      browser.waitForText(By.id("messages"), "Forecast started as job");
      waitFor(browser, "progress:jobProgress", "Done", Duration.ofMinutes(5));
      long forecastId = newestResult("FORECAST", "/api/forecasts/");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(ExpectedConditions
          .textToBePresentInElementLocated(By.id("version:caption"), QUEUE + ": history and forecast"));
      assertTrue(browser.find(By.cssSelector("#version\\:chart canvas")).isDisplayed(), "forecast chart drawn");
      waitFor(browser, "version:backtest", "%", Duration.ofSeconds(30)); // the back-test table shows WAPE

      // 3. Requirements from that forecast.
      browser.open("/planner/requirements.xhtml");
      browser.type(By.id("compute:name"), tag);
      choose(browser, "compute:forecast", forecastId + ": ");
      browser.find(By.id("compute:run")).click();
      waitFor(browser, "result:requirements", tag, Duration.ofMinutes(2));
      long requirementId = idByName("/api/requirements", tag);
      browser.find(By.xpath("//*[@id='result:requirements']//a[normalize-space()='" + tag + "']")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
          .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='result:chart'] canvas")));
      // The requirement lists the queue (the table is redrawn after the chart: wait, re-finding it).
      waitFor(browser, "result:queues", QUEUE, Duration.ofSeconds(30));

      // 4. Schedule: one week from the requirement's first day, a short solver run, then publish.
      browser.open("/planner/schedule.xhtml");
      browser.find(By.id("generate:requirement")).click();
      browser.clickSettled(By.cssSelector("li[data-label^='#" + requirementId + " ']"));
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver ->
          !driver.findElement(By.id("generate:firstDay_input")).getAttribute("value").isBlank());
      LocalDate firstDay = LocalDate.parse(browser.find(By.id("generate:firstDay_input")).getAttribute("value"));
      browser.type(By.id("generate:name"), tag);
      setInput(browser, "generate:weeks_input", "1");
      setInput(browser, "generate:timeLimit_input", "8");
      browser.find(By.id("generate:start")).click();
      waitFor(browser, "progress:message", "Done", Duration.ofMinutes(3));
      waitFor(browser, "schedule:selectedName", tag, Duration.ofMinutes(1));
      assertTrue(browser.text(By.id("schedule:timeline")).matches("(?s).*\\d\\d:\\d\\d–\\d\\d:\\d\\d.*"),
          "the timeline shows shifts");
      assertFalse(browser.driver().findElements(By.cssSelector("[id='schedule:chart'] canvas")).isEmpty(),
          "the coverage chart is drawn");
      browser.find(By.id("schedule:publish")).click();
      browser.waitForText(By.id("messages"), "published until " + firstDay.plusDays(6));
      long scheduleId = newestResult("SCHEDULE", "/api/schedules/");

      // 5. Simulation of the published schedule against the forecast (default days and replications).
      browser.open("/planner/simulation.xhtml");
      choose(browser, "start:schedule", scheduleId + ": ");
      choose(browser, "start:forecast", forecastId + ": ");
      browser.find(By.id("start:run")).click();
      waitFor(browser, "progress:jobProgress", "Done", Duration.ofMinutes(3));
      waitFor(browser, "results:queues", QUEUE, Duration.ofMinutes(1));
      String results = browser.text(By.id("results:queues"));
      assertTrue(results.contains("%"), "service level and occupancy in percent: " + results);
      assertFalse(browser.driver().findElements(By.cssSelector("[id='results:chart'] canvas")).isEmpty(),
          "the simulation chart is drawn");
    }
  }

  /** The id of the item of a REST listing with the given name. */
  private static long idByName(String path, String name) {
    for (JsonNode item : PLANNER.get(path).json()) {
      if (name.equals(item.path("name").asText())) {
        return item.get("id").asLong();
      }
    }
    throw new AssertionError("no item named '" + name + "' in " + path);
  }

  /** The id in the result path of the newest finished job of a kind (the one this test just ran). */
  private static long newestResult(String kind, String prefix) {
    for (JsonNode job : PLANNER.get("/api/jobs").json()) {
      if (kind.equals(job.get("kind").asText()) && job.get("resultPath").asText("").startsWith(prefix)) {
        return Long.parseLong(job.get("resultPath").asText().substring(prefix.length()));
      }
    }
    throw new AssertionError("no finished " + kind + " job with a result");
  }

  /**
   * Picks the item of a PrimeFaces select menu whose label starts with {@code labelStart}, and waits until the
   * menu shows it. A click that lands while the panel is still opening is lost, and choosing in one menu may
   * redraw the next one by Ajax, so each step is tried again a few times.
   */
  private static void choose(Browser browser, String menuId, String labelStart) {
    By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label^='" + labelStart + "']");
    for (int attempt = 1; ; attempt++) {
      try {
        if (!browser.driver().findElement(By.id(menuId + "_panel")).isDisplayed()) {
          browser.find(By.id(menuId)).click();
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
            .until(ExpectedConditions.visibilityOfElementLocated(item));
        browser.clickSettled(item);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver ->
            driver.findElement(By.id(menuId + "_label")).getText().startsWith(labelStart));
        return;
      } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException
          | org.openqa.selenium.ElementNotInteractableException e) {
        // Not interactable: the click reached the item while the panel was still animating (zero size).
        if (attempt == 4) {
          throw new AssertionError("menu " + menuId + " did not take '" + labelStart + "'; it shows: "
              + browser.text(By.id(menuId + "_label")), e);
        }
      }
    }
  }

  private static void waitFor(Browser browser, String id, String text, Duration timeout) {
    try {
      new WebDriverWait(browser.driver(), timeout)
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("'" + text + "' did not appear in " + id + "; it shows: " + browser.text(By.id(id))
          + "; messages: " + browser.text(By.id("messages")), e);
    }
  }

  /** Sets a PrimeFaces spinner or number input directly (its script swallows typed keys in headless Chromium). */
  private static void setInput(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        browser.find(By.id(id)), value);
  }
}
