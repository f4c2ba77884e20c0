package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
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
 * Queue targets and requirements through the REST API on a real Liberty: listing and editing targets with
 * optimistic locking and field-named validation, a requirement computed from a forecast version (created through
 * a forecast of known volumes imported through {@code POST /api/forecasts/import}), its rows, shrinkage sources
 * and CSV/XLSX downloads, and the roles (managers read, planners write).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RequirementsApiIT {

  private static final ApiClient PLANNER = ApiClient.as("planner", "demo");
  private static final ApiClient MANAGER = ApiClient.as("manager", "demo");
  private static final ApiClient AGENT = ApiClient.as("agent1", "demo");

  /** A Monday far from the demo history. */
  private static final LocalDate DAY = LocalDate.of(2031, 3, 3);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  private static Map<String, Object> edit(JsonNode read) {
    Map<String, Object> body = new LinkedHashMap<>();
    for (String field : new String[] {"version", "queueVersion", "serviceLevelTarget", "serviceLevelThresholdSeconds",
        "asaSeconds", "maxAbandonRate", "maxOccupancy", "patienceSeconds", "concurrency", "deadlineMinutes",
        "shrinkage"}) {
      JsonNode value = read.get(field);
      body.put(field, value == null || value.isNull() ? null : value.isIntegralNumber() ? (Object) value.asLong()
          : (Object) value.asDouble());
    }
    return body;
  }

  @Test
  void everyQueueHasTargetsAndManagersMayReadThem() {
    Reply planner = PLANNER.get("/api/requirements/targets");
    assertEquals(200, planner.status(), planner.body());
    assertTrue(planner.json().size() >= 13, planner.body());
    Reply manager = MANAGER.get("/api/requirements/targets/voice-et");
    assertEquals(200, manager.status(), manager.body());
    assertEquals("VOICE", manager.json().get("channel").asText());
    assertEquals(403, AGENT.get("/api/requirements/targets").status());
    assertEquals(404, PLANNER.get("/api/requirements/targets/voice-zz").status());
  }

  @Test
  void aStaleTargetsEditConflictsInsteadOfLosingAnUpdate() {
    JsonNode read = PLANNER.get("/api/requirements/targets/chat-fi").json();
    Map<String, Object> first = edit(read);
    first.put("concurrency", 3);
    first.put("maxOccupancy", 0.85);
    Reply saved = PLANNER.put("/api/requirements/targets/chat-fi", first);
    assertEquals(200, saved.status(), saved.body());
    assertEquals(3, saved.json().get("concurrency").asInt());
    assertTrue(saved.json().get("version").asLong() > read.get("version").asLong());
    Map<String, Object> stale = edit(read);
    stale.put("concurrency", 2);
    Reply conflict = PLANNER.put("/api/requirements/targets/chat-fi", stale);
    assertEquals(409, conflict.status(), conflict.body());
    assertEquals(3, PLANNER.get("/api/requirements/targets/chat-fi").json().get("concurrency").asInt());
  }

  @Test
  void badTargetsAreRejectedNamingEveryField() {
    JsonNode read = PLANNER.get("/api/requirements/targets/voice-hu").json();
    Map<String, Object> bad = edit(read);
    bad.put("maxAbandonRate", 0.05);
    bad.put("patienceSeconds", null);
    bad.put("concurrency", 2);
    bad.put("serviceLevelTarget", 1.5);
    Reply reply = PLANNER.put("/api/requirements/targets/voice-hu", bad);
    assertEquals(400, reply.status(), reply.body());
    String message = reply.json().get("message").asText();
    for (String field : new String[] {"serviceLevelTarget", "maxAbandonRate", "concurrency"}) {
      assertTrue(message.contains(field), "message names " + field + ": " + message);
    }
    JsonNode after = PLANNER.get("/api/requirements/targets/voice-hu").json();
    assertEquals(read.get("version").asLong(), after.get("version").asLong(), "nothing was saved");
    assertEquals(403, MANAGER.put("/api/requirements/targets/voice-hu", edit(read)).status());
  }

  @Test
  void aRequirementIsComputedFromAForecastAndDownloads() {
    // E-mail with a planner's shrinkage override, so its gross staffing is known exactly.
    JsonNode email = PLANNER.get("/api/requirements/targets/email-et").json();
    Map<String, Object> override = edit(email);
    override.put("shrinkage", 0.25);
    override.put("deadlineMinutes", 240);
    assertEquals(200, PLANNER.put("/api/requirements/targets/email-et", override).status());

    StringBuilder csv = new StringBuilder("queue,interval_start,offered,aht_seconds\n");
    for (LocalDateTime t = DAY.atTime(8, 0); t.isBefore(DAY.atTime(18, 0)); t = t.plusMinutes(15)) {
      csv.append("voice-et,").append(t).append(",30,240\n");
      csv.append("email-et,").append(t).append(",6,420\n");
    }
    Reply forecast = PLANNER.post("/api/forecasts/import", "text/csv", csv.toString());
    assertEquals(201, forecast.status(), forecast.body());
    long forecastId = forecast.json().get("id").asLong();

    assertEquals(403, MANAGER.post("/api/requirements", "application/json",
        "{\"name\":\"manager try\",\"forecastId\":" + forecastId + "}").status());
    Reply missing = PLANNER.post("/api/requirements", "application/json", "{\"name\":\"no forecast\"}");
    assertEquals(400, missing.status(), missing.body());
    assertTrue(missing.json().get("message").asText().startsWith("forecastId"), missing.body());
    Reply unknown = PLANNER.post("/api/requirements", "application/json",
        "{\"name\":\"unknown\",\"forecastId\":999999}");
    assertEquals(400, unknown.status(), unknown.body());

    Reply created = PLANNER.post("/api/requirements", "application/json",
        "{\"name\":\"IT requirement\",\"forecastId\":" + forecastId + "}");
    assertEquals(201, created.status(), created.body());
    long id = created.json().get("id").asLong();
    JsonNode queues = created.json().get("queues");
    assertEquals(2, queues.size(), created.body());
    JsonNode emailLine = queues.get(0);
    assertEquals("email-et", emailLine.get("queue").asText());
    assertEquals("deferred", emailLine.get("model").asText());
    assertEquals(0.25, emailLine.get("shrinkage").asDouble(), 1e-12);
    assertTrue(emailLine.get("shrinkageSource").asText().startsWith("planner's override"), created.body());
    JsonNode voiceLine = queues.get(1);
    assertTrue(!voiceLine.get("shrinkageSource").asText().isBlank());

    Reply voice = MANAGER.get("/api/requirements/" + id + "/intervals?queue=voice-et&day=" + DAY);
    assertEquals(200, voice.status(), voice.body());
    assertEquals(40, voice.json().size());
    JsonNode nine = voice.json().get(4);
    assertEquals(DAY.atTime(9, 0).toString(), nine.get("intervalStart").asText().substring(0, 16));
    int agents = nine.get("agents").asInt();
    // 30 calls of 4 minutes in 15 minutes are 8 erlangs: 80% in 20 s needs more than 8 agents.
    assertTrue(agents > 8 && agents < 20, "agents " + agents);
    assertTrue(nine.get("serviceLevel").asDouble() >= 0.8, nine.toString());
    assertEquals(agents / (1 - voiceLine.get("shrinkage").asDouble()), nine.get("agentsGross").asDouble(), 1e-9);
    JsonNode emailRows = PLANNER.get("/api/requirements/" + id + "/intervals?queue=email-et").json();
    assertEquals(40, emailRows.size());
    double net = 0;
    double gross = 0;
    for (JsonNode row : emailRows) {
      net += row.get("agents").asInt();
      gross += row.get("agentsGross").asDouble();
    }
    assertTrue(net > 0);
    assertEquals(net / 0.75, gross, 1e-6);

    assertEquals(200, MANAGER.get("/api/requirements/" + id).status());
    assertTrue(PLANNER.get("/api/requirements").body().contains("\"IT requirement\""));
    assertEquals(404, PLANNER.get("/api/requirements/999999").status());

    Reply download = PLANNER.get("/api/requirements/" + id + "/intervals?format=csv");
    assertEquals(200, download.status(), download.body());
    String[] lines = download.body().split("\r?\n");
    assertEquals("queue,interval_start,offered,aht_seconds,agents,agents_gross,service_level,asa_seconds,"
        + "abandon_rate,occupancy", lines[0]);
    assertEquals(81, lines.length);
    assertTrue(lines[1].startsWith("email-et," + DAY + "T08:00,6,420,"), lines[1]);
    Reply xlsx = PLANNER.get("/api/requirements/" + id + "/intervals?format=xlsx");
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.body().startsWith("PK"), "an .xlsx is a zip file");
    assertEquals(400, PLANNER.get("/api/requirements/" + id + "/intervals?format=pdf").status());
    assertEquals(400, PLANNER.get("/api/requirements/" + id + "/intervals?day=March").status());
  }

  @Test
  void aLargeForecastIsComputedAsABackgroundJob() throws InterruptedException {
    // Two queues x 60 days x 96 intervals: 11,520 intervals, above the 10,000 computed within the request.
    StringBuilder csv = new StringBuilder("queue,interval_start,offered,aht_seconds\n");
    for (String queue : new String[] {"voice-fi", "chat-hu"}) {
      for (int day = 0; day < 60; day++) {
        for (LocalDateTime t = DAY.plusDays(day).atStartOfDay(); t.isBefore(DAY.plusDays(day + 1).atStartOfDay());
            t = t.plusMinutes(15)) {
          csv.append(queue).append(',').append(t).append(',').append(t.getHour() < 8 ? 0 : 12).append(",300\n");
        }
      }
    }
    Reply forecast = PLANNER.post("/api/forecasts/import", "text/csv", csv.toString());
    assertEquals(201, forecast.status(), forecast.body());
    Reply started = PLANNER.post("/api/requirements", "application/json",
        "{\"name\":\"two months\",\"forecastId\":" + forecast.json().get("id").asLong() + "}");
    assertEquals(202, started.status(), started.body());
    assertEquals("REQUIREMENT", started.json().get("kind").asText());
    long job = started.json().get("id").asLong();
    JsonNode state = null;
    for (int i = 0; i < 600; i++) {
      state = PLANNER.get("/api/jobs/" + job).json();
      if (state.get("state").asText().matches("SUCCEEDED|FAILED|CANCELLED")) {
        break;
      }
      Thread.sleep(500);
    }
    assertEquals("SUCCEEDED", state.get("state").asText(), state.toString());
    Reply requirement = MANAGER.get(state.get("resultPath").asText());
    assertEquals(200, requirement.status(), requirement.body());
    assertEquals("two months", requirement.json().get("name").asText());
    JsonNode queues = requirement.json().get("queues");
    assertEquals(2, queues.size());
    assertEquals(60 * 96, queues.get(0).get("intervals").asInt());
  }

  @Test
  void theOpenApiDocumentDescribesRequirementsAndSimulations() {
    String openapi = ApiClient.anonymous().get("/openapi").body();
    assertTrue(openapi.contains("/api/requirements/{id}/intervals"), "requirements in the OpenAPI document");
    assertTrue(openapi.contains("/api/simulations"), "simulations in the OpenAPI document");
  }
}
