package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openwfm.it.support.Browser;
import org.openwfm.it.support.WfmDeployment;

/** A planner's forecast path in Chromium: events upload, history charts, a forecast run with its chart and back-test. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForecastBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  @Test
  void plannerStartsAForecastWaitsForItAndSeesTheChartAndBacktest() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/forecast.xhtml");
      assertEquals("Forecast", browser.text(By.tagName("h1")));
      // One queue no other test imports history into, one week: the rest are the page's defaults.
      browser.find(By.id("run:queues")).click();
      browser.find(By.xpath("//li[contains(@class,'ui-selectcheckboxmenu-item')][.//label[normalize-space()='email-hu']]"
          + "//div[contains(@class,'ui-chkbox-box')]")).click();
      browser.find(By.tagName("h1")).click();
      WebElement days = browser.find(By.id("run:days_input"));
      days.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7", Keys.TAB);
      browser.find(By.id("run:start")).click();
      browser.waitForText(By.id("messages"), "Forecast started as job");
      new WebDriverWait(browser.driver(), Duration.ofMinutes(5))
          .until(ExpectedConditions.textToBePresentInElementLocated(By.id("progress:jobProgress"), "Done"));
      // The page shows the new version once the job is done (other tests' versions may be there before).
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("version:caption"), "email-hu: history and forecast"));
      assertTrue(browser.find(By.cssSelector("#version\\:chart canvas")).isDisplayed(), "the chart is drawn");
      assertTrue(browser.text(By.id("version:backtest")).contains("daily-profile"), "auto back-tests daily-profile");
      String backtest = browser.text(By.id("version:backtest"));
      assertTrue(backtest.contains("✔"), "the chosen method is marked: " + backtest);
      assertTrue(backtest.contains("%"), "WAPE in percent: " + backtest);
      String versions = browser.text(By.id("versions:table"));
      assertTrue(versions.contains("planner"), versions);
      assertTrue(browser.find(By.id("version:queue_label")).getText().contains("email-hu"));

      // An override needs a reason; with one it saves a new version that lists it.
      browser.type(By.id("override:overrideValue_input"), "1.2");
      browser.find(By.id("override:saveOverride")).click();
      browser.waitForText(By.id("messages"), "Give a reason");
      browser.type(By.id("override:overrideReason"), "Newsletter goes out");
      browser.find(By.id("override:saveOverride")).click();
      browser.waitForText(By.id("messages"), "saved");
      browser.waitForText(By.id("override:overrides"), "Newsletter goes out");
      assertTrue(browser.text(By.id("override:overrides")).contains("1.2"), browser.text(By.id("override:overrides")));
    }
  }

  @Test
  void plannerUploadsEventsAndSeesEveryProblemOrTheImport() throws IOException {
    Path folder = Files.createTempDirectory("wfm-events-upload");
    String tag = "Browser " + System.nanoTime();
    Path bad = Files.writeString(folder.resolve("bad-events.csv"),
        "date_from,date_to,kind,name\n2031-13-01,2031-12-01,holiday," + tag + "\n");
    Path good = Files.writeString(folder.resolve("events.csv"),
        "date_from,date_to,kind,name,queue,factor\n" + LocalDate.now().plusDays(30) + ","
            + LocalDate.now().plusDays(31) + ",promotion," + tag + ",chat-ru,1.4\n");
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/events.xhtml");
      browser.find(By.id("upload:file")).sendKeys(bad.toString());
      browser.find(By.id("upload:submit")).click();
      browser.waitForText(By.id("problems"), "date_from");
      browser.find(By.id("upload:file")).sendKeys(good.toString());
      browser.find(By.id("upload:submit")).click();
      browser.waitForText(By.id("messages"), "Imported 1 event (");
      browser.type(By.id("list:events:name:filter"), tag);
      browser.waitForText(By.id("list:events"), tag);
      assertTrue(browser.text(By.id("list:events")).contains("chat-ru"));
    }
  }

  @Test
  void plannerSwitchesHistoryChartsBetweenDayWeekAndYear() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/history-charts.xhtml");
      assertEquals("History charts", browser.text(By.tagName("h1")));
      browser.waitForText(By.id("charts:caption"), "Offered contacts per day");
      for (String[] view : new String[][] {{"Day", "Offered contacts per interval"},
          {"Year", "Offered contacts per week"}, {"Week", "Offered contacts per day"}}) {
        browser.find(By.xpath("//div[@id='charts:view']//div[normalize-space()='" + view[0] + "']")).click();
        browser.waitForText(By.id("charts:caption"), view[1]);
        assertEquals(1, browser.driver().findElements(By.cssSelector("#charts\\:chart canvas")).size(), view[0]);
      }
      // Back moves the chart a week earlier.
      LocalDate shown = LocalDate.parse(browser.find(By.id("charts:date_input")).getAttribute("value"));
      browser.find(By.id("charts:back")).click();
      LocalDate monday = shown.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      browser.waitForText(By.id("charts:caption"), "week of " + monday);
    }
  }
}
