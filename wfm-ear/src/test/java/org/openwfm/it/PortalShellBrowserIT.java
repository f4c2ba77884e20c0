package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openwfm.it.support.ApiClient;
import org.openwfm.it.support.Browser;
import org.openwfm.it.support.WfmDeployment;

/** The portal shell in Chromium: log-in, start page per role, page access by role, language switch. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalShellBrowserIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  @Test
  void plannerLogsInAndSeesThePlanningStartPage() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      assertEquals("/planner/index.xhtml", browser.currentPath());
      assertEquals("Planning overview", browser.text(By.tagName("h1")));
      assertTrue(Integer.parseInt(browser.text(By.id("agentCount"))) >= 120);
      assertEquals("Paula Planner", browser.text(By.id("header:user")));
      assertTrue(browser.pageSource().contains("voice-et"), "history table lists the demo queues");
    }
  }

  @Test
  void everyRoleLandsOnItsStartPageWithItsFigures() {
    String[][] roles = {
      {"manager", "/manager/index.xhtml", "Staff by site", "sites"},
      {"hr", "/hr/index.xhtml", "Absenteeism", "absenteeism"},
      {"admin", "/admin/index.xhtml", "Users", "users"},
      {"agent3", "/agent/index.xhtml", "My work", "mySkills"}
    };
    for (String[] role : roles) {
      try (Browser browser = Browser.desktop()) {
        browser.logIn(role[0], "demo");
        assertEquals(role[1], browser.currentPath(), role[0]);
        assertEquals(role[2], browser.text(By.tagName("h1")), role[0]);
        assertFalse(browser.text(By.id(role[3])).isBlank(), role[0] + " sees figures");
      }
    }
  }

  @Test
  void wrongPasswordKeepsTheUserOnTheLogInPage() {
    try (Browser browser = Browser.desktop()) {
      browser.open("/login.xhtml");
      browser.type(By.id("login:username"), "planner");
      browser.type(By.id("login:password"), "not-the-password");
      browser.find(By.id("login:submit")).click();
      browser.waitForText(By.id("login:messages"), "wrong password");
      assertEquals("/login.xhtml", browser.currentPath());
    }
  }

  @Test
  void anonymousVisitorIsSentToTheLogInPage() {
    try (Browser browser = Browser.desktop()) {
      browser.open("/planner/index.xhtml");
      browser.find(By.id("login:username"));
      assertEquals("/login.xhtml", browser.currentPath());
    }
  }

  @Test
  void agentCannotOpenAPlannerPage() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("agent1", "demo");
      assertEquals("/agent/index.xhtml", browser.currentPath());
      assertFalse(browser.pageSource().contains("workforce/queues.xhtml"), "agents get no queues menu entry");
      browser.open("/planner/index.xhtml");
      assertEquals("Not allowed", browser.text(By.tagName("h1")));
      assertFalse(browser.pageSource().contains("agentCount"));
    }
  }

  @Test
  void languageSwitchChangesTheShellText() {
    try (Browser browser = Browser.desktop()) {
      // An agent of its own: the chosen language is stored for the user and must not leak into other tests.
      browser.logIn("agent5", "demo");
      assertEquals("My work", browser.text(By.tagName("h1")));
      browser.find(By.linkText("Eesti")).click();
      browser.waitForText(By.tagName("h1"), "Minu töö");
      assertTrue(browser.text(By.className("wfm-menu")).contains("Avaleht"));
      assertEquals("Logi välja", browser.find(By.id("header:logout")).getText());
      browser.find(By.linkText("Suomi")).click();
      browser.waitForText(By.tagName("h1"), "Oma työni");
      browser.find(By.linkText("English")).click();
      browser.waitForText(By.tagName("h1"), "My work");
    }
  }

  @Test
  void plannerIsToldWhenSomeoneElseSavedTheQueueFirst() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/workforce/queues.xhtml");
      browser.find(By.xpath("//tr[td[1][contains(normalize-space(), 'voice-hu')]]//button")).click();
      browser.type(By.id("queues:name"), "Hungarian voice (browser)");
      // Meanwhile another planner saves the same queue through the API.
      ApiClient api = ApiClient.as("planner", "demo");
      JsonNode queue = api.get("/api/queues/voice-hu").json();
      assertEquals(200, api.put("/api/queues/voice-hu", Map.of(
          "version", queue.get("version").asLong(), "name", "Hungarian voice (API " + System.nanoTime() + ")",
          "serviceLevelTarget", 0.8, "serviceLevelThresholdSeconds", 20)).status());
      browser.find(By.id("queues:save")).click();
      browser.waitForText(By.id("messages"), "Someone else saved this record");
      assertTrue(api.get("/api/queues/voice-hu").json().get("name").asText().startsWith("Hungarian voice (API"));
    }
  }

  @Test
  void plannerUploadsHistoryAndSeesEveryProblemOrTheImport() throws IOException {
    Path folder = Files.createTempDirectory("wfm-history-upload");
    String day = LocalDate.of(2041, 1, 7).plusDays(System.currentTimeMillis() / 1000 % 9_000).toString();
    Path bad = Files.writeString(folder.resolve("bad-history.csv"),
        "queue,interval_start,offered\nvoice-et," + day + "T09:00,1\nvoice-zz," + day + "T09:15,x\n");
    Path good = Files.writeString(folder.resolve("history.csv"),
        "queue,interval_start,offered\nchat-fi," + day + "T09:00,4\nchat-fi," + day + "T09:15,6.5\n");
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/history.xhtml");
      browser.find(By.id("upload:file")).sendKeys(bad.toString());
      browser.find(By.id("upload:submit")).click();
      browser.waitForText(By.id("problems"), "voice-zz");
      String problems = browser.text(By.id("problems"));
      assertTrue(problems.contains("queue") && problems.contains("offered"), problems);
      browser.find(By.id("upload:file")).sendKeys(good.toString());
      browser.find(By.id("upload:submit")).click();
      browser.waitForText(By.id("messages"), "Imported 2 intervals");
    }
  }

  @Test
  void plannerOpensAnAgentAndSeesSkillsAndContract() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/workforce/agents.xhtml");
      browser.find(By.linkText("agent12")).click();
      browser.waitForText(By.id("fullName"), "(agent12)");
      assertTrue(browser.pageSource().contains("agent:skills"));
    }
  }
}
