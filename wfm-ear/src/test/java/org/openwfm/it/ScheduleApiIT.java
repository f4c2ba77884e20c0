package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openwfm.it.support.ApiClient;
import org.openwfm.it.support.ApiClient.Reply;
import org.openwfm.it.support.TestRequirement;
import org.openwfm.it.support.WfmDeployment;

/**
 * Schedules through the REST API on a real Liberty: a generation job for a one-week requirement of two queues,
 * its shifts, hand edits judged by the solver's rules, optimistic locking, publication pinning days in a second
 * solve, CSV and Excel downloads, and roles. The requirement is made through the API ({@link TestRequirement}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScheduleApiIT {

  private static final ApiClient PLANNER = ApiClient.as("planner", "demo");
  private static final ApiClient MANAGER = ApiClient.as("manager", "demo");
  /** A Monday well after the demo history, so no absence or earlier schedule interferes. */
  private static final LocalDate FIRST_DAY = LocalDate.of(2031, 3, 3);

  private static long requirementId;
  private static long scheduleId;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  @BeforeAll
  static void generateOneSchedule() {
    requirementId = TestRequirement.create("IT two queues", FIRST_DAY, 7, List.of("voice-et", "chat-et"), 3, 1);
    scheduleId = generate("IT schedule", 5);
  }

  /** Starts a generation and waits for its job; returns the schedule id. */
  static long generate(String name, int seconds) {
    Reply started = PLANNER.post("/api/schedules", "application/json", json(Map.of("name", name,
        "requirementId", requirementId, "firstDay", FIRST_DAY.toString(), "weeks", 1, "timeLimitSeconds", seconds)));
    assertEquals(202, started.status(), started.body());
    String job = started.json().get("job").asText();
    assertTrue(job.matches("/api/jobs/\\d+"), job);
    JsonNode state = waitFor(job);
    assertEquals("SUCCEEDED", state.get("state").asText(), state.toString());
    assertEquals(started.json().get("schedule").asText(), state.get("resultPath").asText());
    return started.json().get("scheduleId").asLong();
  }

  static JsonNode waitFor(String job) {
    for (int i = 0; i < 600; i++) {
      JsonNode state = PLANNER.get(job).json();
      String s = state.get("state").asText();
      if (!s.equals("QUEUED") && !s.equals("RUNNING")) {
        return state;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("job " + job + " did not end");
  }

  static String json(Object value) {
    try {
      return ApiClient.mapper().writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static List<JsonNode> shifts(long id) {
    Reply reply = PLANNER.get("/api/schedules/" + id + "/shifts");
    assertEquals(200, reply.status(), reply.body());
    List<JsonNode> shifts = new ArrayList<>();
    reply.json().forEach(shifts::add);
    return shifts;
  }

  @Test
  void generationJobWritesShiftsWithBreaksAndAScoredSchedule() {
    Reply detail = PLANNER.get("/api/schedules/" + scheduleId);
    assertEquals(200, detail.status(), detail.body());
    JsonNode body = detail.json();
    assertTrue(body.get("score").asText().matches("-?\\d+hard/-?\\d+soft"), body.toString());
    assertTrue(body.get("coverage").get("requiredAgentHours").asDouble() > 0, body.toString());
    assertTrue(body.get("rules").size() > 0, "the score is explained per rule");
    assertEquals("DRAFT", body.get("schedule").get("state").asText());
    List<JsonNode> shifts = shifts(scheduleId);
    assertFalse(shifts.isEmpty());
    assertEquals(shifts.size(), body.get("schedule").get("shiftCount").asInt());
    for (JsonNode shift : shifts) {
      LocalDate day = LocalDate.parse(shift.get("day").asText());
      assertFalse(day.isBefore(FIRST_DAY) || day.isAfter(FIRST_DAY.plusDays(6)), shift.toString());
      assertTrue(Set.of("OFFICE", "HOME").contains(shift.get("location").asText()));
    }
    assertTrue(shifts.stream().anyMatch(s -> s.get("breaks").size() > 0), "shifts carry their breaks");
    Reply coverage = PLANNER.get("/api/schedules/" + scheduleId + "/coverage?queue=voice-et&day=" + FIRST_DAY);
    assertEquals(200, coverage.status(), coverage.body());
    JsonNode points = coverage.json().get(0).get("points");
    assertEquals(96, points.size());
    assertEquals(0.0, points.get(4 * 7).get("required").asDouble(), "nothing required at 07:00");
    double at9 = points.get(4 * 9).get("required").asDouble();
    double at10 = points.get(4 * 10).get("required").asDouble();
    assertTrue(at9 > 0, "agents required at 09:00");
    assertTrue(at10 > at9, "twice the contacts from 10:00 need more agents: " + at9 + " then " + at10);
    assertTrue(points.get(4 * 9).get("scheduled").asDouble() > 0, "agents scheduled at 09:00");
  }

  @Test
  void anEditThatBreaksTheRestRuleIsRejectedWithTheRuleNamedUnlessForced() {
    Map<String, JsonNode> byAgentDay = new HashMap<>();
    List<JsonNode> shifts = shifts(scheduleId);
    shifts.forEach(s -> byAgentDay.put(s.get("agent").asText() + "/" + s.get("day").asText(), s));
    // A shift whose agent also works the day before, ending late enough that a midnight start leaves < 11 h.
    JsonNode target = shifts.stream()
        .filter(s -> {
          JsonNode before = byAgentDay.get(s.get("agent").asText() + "/"
              + LocalDate.parse(s.get("day").asText()).minusDays(1));
          return before != null && LocalTime.parse(before.get("endTime").asText()).isAfter(LocalTime.of(13, 0))
              && LocalDate.parse(s.get("day").asText()).isAfter(FIRST_DAY.plusDays(3));
        })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no two consecutive shifts in " + shifts));
    String path = "/api/schedules/" + scheduleId + "/shifts/" + target.get("id").asLong();
    Map<String, Object> edit = new HashMap<>(Map.of("version", target.get("version").asLong(), "start", "00:00",
        "minutes", target.get("minutes").asInt(), "location", target.get("location").asText()));
    Reply rejected = PLANNER.put(path, edit);
    assertEquals(400, rejected.status(), rejected.body());
    assertTrue(rejected.json().get("message").asText().contains("Minimum rest between shifts"), rejected.body());
    assertEquals("Minimum rest between shifts", rejected.json().get("problems").get(0).get("field").asText());
    assertEquals(target.get("startTime").asText(),
        shifts(scheduleId).stream().filter(s -> s.get("id").equals(target.get("id"))).findFirst().orElseThrow()
            .get("startTime").asText(), "nothing was saved");

    edit.put("force", true);
    Reply forced = PLANNER.put(path, edit);
    assertEquals(200, forced.status(), forced.body());
    assertEquals("00:00", forced.json().get("startTime").asText());
    assertEquals("planner", forced.json().get("editedBy").asText());
    JsonNode detail = PLANNER.get("/api/schedules/" + scheduleId).json();
    assertTrue(detail.get("hardViolations").toString().contains("Minimum rest between shifts"), detail.toString());
  }

  @Test
  void aStaleShiftVersionGives409() {
    JsonNode shift = shifts(scheduleId).get(0);
    String path = "/api/schedules/" + scheduleId + "/shifts/" + shift.get("id").asLong();
    Map<String, Object> edit = Map.of("version", shift.get("version").asLong(), "start",
        shift.get("startTime").asText(), "minutes", shift.get("minutes").asInt(), "location",
        shift.get("location").asText(), "force", true);
    Reply first = PLANNER.put(path, edit);
    assertEquals(200, first.status(), first.body());
    assertNotEquals(shift.get("version").asLong(), first.json().get("version").asLong());
    Reply stale = PLANNER.put(path, edit);
    assertEquals(409, stale.status(), stale.body());
  }

  @Test
  void publishedDaysArePinnedWhenThePeriodIsSolvedAgain() {
    long first = generate("IT publish first", 5);
    LocalDate until = FIRST_DAY.plusDays(2);
    Reply published = PLANNER.post("/api/schedules/" + first + "/publish", "application/json",
        json(Map.of("until", until.toString())));
    assertEquals(200, published.status(), published.body());
    assertEquals("PUBLISHED", published.json().get("state").asText());
    assertEquals(until.toString(), published.json().get("publishedUntil").asText());
    long second = generate("IT publish second", 5);
    assertEquals(publishedDays(first, until), publishedDays(second, until));
    assertFalse(publishedDays(second, until).isEmpty());
  }

  /** The shifts up to a day as comparable lines. */
  static Set<String> publishedDays(long id, LocalDate until) {
    Set<String> lines = new TreeSet<>();
    for (JsonNode s : shifts(id)) {
      if (!LocalDate.parse(s.get("day").asText()).isAfter(until)) {
        lines.add(s.get("agent").asText() + " " + s.get("start").asText() + " " + s.get("end").asText() + " "
            + s.get("location").asText());
      }
    }
    return lines;
  }

  @Test
  void shiftsDownloadAsCsvInTheEngineLayoutAndAsExcel() {
    List<JsonNode> shifts = shifts(scheduleId);
    Reply csv = PLANNER.get("/api/schedules/" + scheduleId + "/shifts?format=csv");
    assertEquals(200, csv.status(), csv.body());
    String[] lines = csv.body().split("\r?\n");
    assertEquals("agent,start,end,activity,location", lines[0]);
    long shiftRows = 0;
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      assertEquals(5, cells.length, lines[i]);
      OffsetDateTime.parse(cells[1]);
      if (cells[3].equals("SHIFT")) {
        shiftRows++;
        assertTrue(Set.of("OFFICE", "HOME").contains(cells[4]), lines[i]);
      } else {
        assertTrue(Set.of("BREAK", "LUNCH").contains(cells[3]), lines[i]);
        assertEquals("", cells[4]);
      }
    }
    assertEquals(shifts.size(), shiftRows);
    Reply xlsx = PLANNER.get("/api/schedules/" + scheduleId + "/shifts?format=xlsx");
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.body().startsWith("PK"), "an .xlsx file is a zip archive");
    Reply bad = PLANNER.get("/api/schedules/" + scheduleId + "/shifts?format=pdf");
    assertEquals(400, bad.status());
    assertTrue(bad.json().get("message").asText().startsWith("format:"), bad.body());
  }

  @Test
  void aManagerReadsSchedulesButCannotGenerateEditOrPublish() {
    Reply post = MANAGER.post("/api/schedules", "application/json",
        json(Map.of("name", "x", "requirementId", 1, "firstDay", FIRST_DAY.toString(), "weeks", 1)));
    assertEquals(403, post.status(), post.body());
    assertEquals(200, MANAGER.get("/api/schedules").status());
    assertEquals(403, MANAGER.post("/api/schedules/1/publish", "application/json", "{\"until\":\"2031-03-03\"}").status());
    assertEquals(403, ApiClient.as("agent1", "demo").get("/api/schedules").status());
  }

  @Test
  void badGenerationRequestsNameTheField() {
    Reply noRequirement = PLANNER.post("/api/schedules", "application/json",
        json(Map.of("name", "x", "requirementId", 987654, "firstDay", FIRST_DAY.toString(), "weeks", 1)));
    assertEquals(400, noRequirement.status(), noRequirement.body());
    assertTrue(noRequirement.json().get("message").asText().startsWith("requirementId:"), noRequirement.body());
    Reply badDay = PLANNER.post("/api/schedules", "application/json",
        json(Map.of("name", "x", "requirementId", 1, "firstDay", "3 March", "weeks", 1)));
    assertEquals(400, badDay.status(), badDay.body());
    assertTrue(badDay.json().get("message").asText().startsWith("firstDay:"), badDay.body());
    Reply badWeeks = PLANNER.post("/api/schedules", "application/json",
        json(Map.of("name", "x", "requirementId", 1, "firstDay", FIRST_DAY.toString(), "weeks", 9)));
    assertEquals(400, badWeeks.status(), badWeeks.body());
    assertTrue(badWeeks.json().get("message").asText().startsWith("weeks:"), badWeeks.body());
  }
}
