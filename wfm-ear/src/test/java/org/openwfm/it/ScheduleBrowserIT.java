package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openwfm.it.support.ApiClient;
import org.openwfm.it.support.Browser;
import org.openwfm.it.support.TestRequirement;
import org.openwfm.it.support.WfmDeployment;

/**
 * A planner generates a schedule in Chromium, follows the job, sees the timeline and the coverage chart, and
 * publishes the first week.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleBrowserIT {

  private static final LocalDate FIRST_DAY = LocalDate.of(2031, 4, 7);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  @Test
  void plannerGeneratesSeesTimelineAndCoverageAndPublishes() {
    long requirement =
        TestRequirement.create("Browser IT requirement", FIRST_DAY, 7, List.of("voice-et", "chat-et"), 2, 1);
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/schedule.xhtml");
      assertTrue(browser.text(By.id("generate:requirement")).contains("Browser IT requirement"),
          "requirements are offered with their names");
      // Choosing the requirement sets the first day to the requirement's first day.
      browser.find(By.id("generate:requirement")).click();
      browser.find(By.cssSelector("li[data-label^='#" + requirement + " Browser IT requirement']")).click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(driver ->
          FIRST_DAY.toString().equals(driver.findElement(By.id("generate:firstDay_input")).getAttribute("value")));
      browser.type(By.id("generate:name"), "Browser IT schedule");
      setInput(browser, "generate:weeks_input", "1");
      setInput(browser, "generate:timeLimit_input", "5");
      browser.find(By.id("generate:start")).click();

      WebDriverWait slow = new WebDriverWait(browser.driver(), Duration.ofSeconds(120));
      try {
        slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress:message"), "Done"));
      } catch (org.openqa.selenium.TimeoutException e) {
        throw new AssertionError("the job did not finish; messages: " + browser.text(By.id("messages"))
            + "; progress: " + browser.text(By.id("progress")), e);
      }
      slow.until(ExpectedConditions.textToBePresentInElementLocated(By.id("schedule:selectedName"),
          "Browser IT schedule"));

      String timeline = browser.text(By.id("schedule:timeline"));
      assertTrue(timeline.matches("(?s).*\\d\\d:\\d\\d–\\d\\d:\\d\\d.*"), "timeline shows shift times: " + timeline);
      assertTrue(timeline.contains("Office") || timeline.contains("Home"), "timeline shows where shifts are worked");
      assertFalse(browser.driver().findElements(By.cssSelector("[id='schedule:chart'] canvas")).isEmpty(),
          "the coverage chart is drawn");
      // The page explains the score with the rules the REST explanation lists (which ones depends on the solve).
      JsonNode rules = null;
      for (JsonNode schedule : ApiClient.as("planner", "demo").get("/api/schedules").json()) {
        if ("Browser IT schedule".equals(schedule.get("name").asText())) {
          rules = ApiClient.as("planner", "demo").get("/api/schedules/" + schedule.get("id").asLong()).json()
              .get("rules");
          break;
        }
      }
      assertNotNull(rules, "the schedule is listed by the API");
      String explained = browser.text(By.id("schedule:rules"));
      for (JsonNode rule : rules) {
        assertTrue(explained.contains(rule.get("rule").asText()), "the page explains " + rule + ": " + explained);
      }

      // Publication defaults to the end of the first week.
      browser.find(By.id("schedule:publish")).click();
      browser.waitForText(By.id("messages"), "published until " + FIRST_DAY.plusDays(6));
      browser.waitForText(By.id("list:schedules"), "Published");
    }
  }

  /**
   * Sets a PrimeFaces spinner's input: its script swallows typed keys in headless Chromium, so the value is
   * set directly and a change event is fired.
   */
  private static void setInput(Browser browser, String id, String value) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
        browser.find(By.id(id)), value);
  }
}
