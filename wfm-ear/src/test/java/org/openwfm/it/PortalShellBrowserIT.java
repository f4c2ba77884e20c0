package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
      browser.logIn("manager", "demo");
      assertEquals("Staff by site", browser.text(By.tagName("h1")));
      browser.find(By.linkText("Eesti")).click();
      browser.waitForText(By.tagName("h1"), "Töötajad asukohtade kaupa");
      assertTrue(browser.text(By.className("wfm-menu")).contains("Järjekorrad"));
      assertEquals("Logi välja", browser.find(By.id("header:logout")).getText());
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
