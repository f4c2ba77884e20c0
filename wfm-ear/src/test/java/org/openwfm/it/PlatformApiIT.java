package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
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
 * The platform through its REST API on a real Liberty: health, OpenAPI, authentication and roles, queues and
 * agents, history import with all-or-nothing validation, and optimistic locking.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformApiIT {

  private static final ApiClient PLANNER = ApiClient.as("planner", "demo");
  private static final ApiClient AGENT = ApiClient.as("agent1", "demo");
  private static final ApiClient ANONYMOUS = ApiClient.anonymous();

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  @Test
  void healthIsUpAndReportsTheDatabaseInUse() {
    Reply health = ANONYMOUS.get("/health");
    assertEquals(200, health.status(), health.body());
    assertEquals("UP", health.json().get("status").asText());
    String product = health.json().get("checks").get(0).get("data").get("product").asText().toLowerCase();
    boolean h2 = product.contains("h2");
    boolean mysql = product.contains("mysql") || product.contains("mariadb");
    assertTrue(WfmDeployment.database().equals("h2") ? h2 && !mysql : mysql && !h2, product);
  }

  @Test
  void openApiDocumentDescribesTheQueuesEndpoint() {
    Reply openapi = ANONYMOUS.get("/openapi");
    assertEquals(200, openapi.status());
    assertTrue(openapi.body().contains("/api/queues"), "OpenAPI document lacks /api/queues");
  }

  @Test
  void jobsAreOpenToPlannersAndClosedToAgents() {
    Reply list = PLANNER.get("/api/jobs");
    assertEquals(200, list.status(), list.body());
    assertTrue(list.json().isArray(), list.body());
    assertEquals(403, AGENT.get("/api/jobs").status());
    Reply missing = PLANNER.post("/api/jobs/987654321/cancel", "application/json", "");
    assertEquals(404, missing.status(), missing.body());
    Reply badLimit = PLANNER.get("/api/jobs?limit=0");
    assertEquals(400, badLimit.status(), badLimit.body());
    assertTrue(badLimit.json().get("message").asText().contains("limit"), badLimit.body());
  }

  @Test
  void bodiesThatAreNotTheExpectedJsonAre400NotServerErrors() {
    Reply wrongType = PLANNER.post("/api/forecasts", "application/json", "{\"days\":\"many\"}");
    assertEquals(400, wrongType.status(), wrongType.body());
    Reply notJson = PLANNER.post("/api/forecasts", "application/json", "{days: 7");
    assertEquals(400, notJson.status(), notJson.body());
  }

  @Test
  void anonymousCallsAreChallengedWith401() {
    Reply reply = ANONYMOUS.get("/api/queues");
    assertEquals(401, reply.status());
  }

  @Test
  void wrongPasswordIsRejectedWith401() {
    assertEquals(401, ApiClient.as("planner", "wrong").get("/api/queues").status());
  }

  @Test
  void plannerListsQueuesAndAgentsOfTheDemoCentre() {
    Reply queues = PLANNER.get("/api/queues");
    assertEquals(200, queues.status(), queues.body());
    assertTrue(queues.json().size() >= 10, "expected the demo queues, got " + queues.json().size());
    Reply agents = PLANNER.get("/api/agents");
    assertEquals(200, agents.status());
    assertEquals(120, agents.json().size());
    JsonNode first = agents.json().get(0);
    assertTrue(first.get("skills").size() >= 1, "agents have skills");
  }

  @Test
  void agentMayNotListQueuesNorImportHistory() {
    assertEquals(403, AGENT.get("/api/queues").status());
    Reply reply = AGENT.post("/api/history", "text/csv", "queue,interval_start,offered\nvoice-et,2030-01-07T08:00,1\n");
    assertEquals(403, reply.status());
  }

  /** A day no earlier run used, so the test holds on a database kept from a previous run (H2 file). */
  private static final String FRESH_DAY = LocalDate.of(2040, 1, 2).plusDays(System.currentTimeMillis() / 1000 % 20_000).toString();

  @Test
  void historyImportIsAllOrNothingAndNamesEveryBadLine() {
    String csv = "queue,interval_start,offered\n"
        + "voice-et," + FRESH_DAY + "T08:00,10\n"
        + "voice-zz," + FRESH_DAY + "T08:15,10\n"
        + "voice-et," + FRESH_DAY + "T08:30,-2\n"
        + "voice-et," + FRESH_DAY + "T8:45,3\n";
    Reply rejected = PLANNER.post("/api/history", "text/csv", csv);
    assertEquals(400, rejected.status(), rejected.body());
    JsonNode problems = rejected.json().get("problems");
    assertEquals(3, problems.size(), rejected.body());
    assertEquals(3, problems.get(0).get("line").asInt());
    assertEquals("queue", problems.get(0).get("field").asText());
    assertEquals("offered", problems.get(1).get("field").asText());
    assertEquals("interval_start", problems.get(2).get("field").asText());
    // The one good line was not imported either: importing it alone now adds it, replacing nothing.
    Reply good = PLANNER.post("/api/history", "text/csv",
        "queue,interval_start,offered\nvoice-et," + FRESH_DAY + "T08:00,10\nvoice-et," + FRESH_DAY + "T08:15,12\n");
    assertEquals(200, good.status(), good.body());
    assertEquals(2, good.json().get("intervals").asInt());
    assertEquals(0, good.json().get("replaced").asInt());
    assertEquals(15, good.json().get("intervalMinutesByQueue").get("voice-et").asInt());
  }

  @Test
  void reimportingTheSameIntervalsReplacesThem() {
    String csv = "queue,interval_start,offered,handled,abandoned,aht_seconds\n"
        + "chat-et,2030-02-04T09:00,5.5,5,0.5,610\n"
        + "chat-et,2030-02-04T09:15,6,6,0,580\n";
    Reply first = PLANNER.post("/api/history", "text/csv", csv);
    assertEquals(200, first.status(), first.body());
    Reply second = PLANNER.post("/api/history", "text/csv", csv);
    assertEquals(200, second.status(), second.body());
    assertEquals(2, second.json().get("replaced").asInt());
  }

  @Test
  void concurrentQueueEditsConflictInsteadOfLosingAnUpdate() {
    JsonNode queue = PLANNER.get("/api/queues/email-fi").json();
    long version = queue.get("version").asLong();
    String newName = "Finnish e-mail " + FRESH_DAY;
    Reply firstEdit = PLANNER.put("/api/queues/email-fi", Map.of(
        "version", version, "name", newName, "serviceLevelTarget", 0.9,
        "serviceLevelThresholdSeconds", 28800));
    assertEquals(200, firstEdit.status(), firstEdit.body());
    Reply staleEdit = PLANNER.put("/api/queues/email-fi", Map.of(
        "version", version, "name", "Stale name", "serviceLevelTarget", 0.5,
        "serviceLevelThresholdSeconds", 3600));
    assertEquals(409, staleEdit.status(), staleEdit.body());
    assertEquals(newName, PLANNER.get("/api/queues/email-fi").json().get("name").asText());
  }

  @Test
  void invalidQueueEditIsRejectedWithTheFieldNamed() {
    JsonNode queue = PLANNER.get("/api/queues/voice-fi").json();
    Reply reply = PLANNER.put("/api/queues/voice-fi", Map.of(
        "version", queue.get("version").asLong(), "name", "Finnish voice", "serviceLevelTarget", 1.5,
        "serviceLevelThresholdSeconds", 20));
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.json().get("message").asText().contains("Service-level target"), reply.body());
  }

  @Test
  void agentEditWithStaleVersionConflicts() {
    JsonNode agent = PLANNER.get("/api/agents/agent7").json();
    Map<String, Object> edit = Map.of(
        "version", agent.get("version").asLong(),
        "firstName", agent.get("firstName").asText(),
        "lastName", agent.get("lastName").asText(),
        "workMode", agent.get("workMode").asText(),
        "homeTimeZone", agent.get("homeTimeZone").asText(),
        "skills", agent.get("skills"));
    assertEquals(200, PLANNER.put("/api/agents/agent7", edit).status());
    assertEquals(409, PLANNER.put("/api/agents/agent7", edit).status());
  }
}
