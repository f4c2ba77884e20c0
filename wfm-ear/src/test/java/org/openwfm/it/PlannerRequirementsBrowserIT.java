package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** A planner sets a queue's targets on the requirements page and opens the simulation page, in Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlannerRequirementsBrowserIT {

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

  @Test
  void plannerOpensTheSimulationPage() {
    try (Browser browser = Browser.desktop()) {
      browser.logIn("planner", "demo");
      browser.open("/planner/simulation.xhtml");
      assertEquals("Simulation", browser.text(By.tagName("h1")));
      assertTrue(browser.pageSource().contains("Start a simulation"));
      assertTrue(browser.pageSource().contains("start:schedule"), "the schedule chooser is there");
    }
  }
}
