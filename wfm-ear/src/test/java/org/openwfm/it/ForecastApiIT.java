package org.openwfm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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
 * The forecast area through its REST API on a real Liberty with the demo centre: events upload all or nothing, a
 * forecast job for two queues and two weeks (progress, intervals with the band, back-test, accuracy against the
 * actuals of those weeks), an override creating a version, CSV and Excel downloads, and roles.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForecastApiIT {

  private static final ApiClient PLANNER = ApiClient.as("planner", "demo");
  private static final ApiClient MANAGER = ApiClient.as("manager", "demo");

  /** Queues no other integration test imports history into, so their history ends yesterday as generated. */
  private static final List<String> QUEUES = List.of("voice-fi", "email-et");

  /** Two weeks ending yesterday: the demo history covers them, so accuracy can be measured. */
  private static final LocalDate FIRST_DAY = LocalDate.now().minusDays(14);

  private static final int DAYS = 14;

  private static final String FORECAST_CSV_HEADER = "queue,interval_start,offered,offered_low,offered_high,aht_seconds";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return WfmDeployment.ear();
  }

  /** The version the run test produced; other tests start their own when they run first. */
  private static Long forecastId;

  @Test
  void badEventsFileIsRejectedWholeAndLeavesTheCalendarUnchanged() {
    String tag = "IT " + System.nanoTime();
    int before = allEvents().size();
    Reply rejected = PLANNER.post("/api/events", "text/csv", "date_from,date_to,kind,name,queue,factor\n"
        + "2031-05-04,2031-05-04,promotion," + tag + " good line,,1.3\n"
        + "2031-05-05,2031-05-04,outage," + tag + " backwards,,\n"
        + "2031-05-06,2031-05-06,holiday," + tag + " unknown queue,voice-zz,\n"
        + "2031-05-07,2031-05-07,promotion," + tag + " bad factor,,much\n");
    assertEquals(400, rejected.status(), rejected.body());
    JsonNode problems = rejected.json().get("problems");
    assertEquals(3, problems.size(), rejected.body());
    assertEquals(3, problems.get(0).get("line").asInt());
    assertEquals("date_to", problems.get(0).get("field").asText());
    assertEquals("queue", problems.get(1).get("field").asText());
    assertEquals("factor", problems.get(2).get("field").asText());
    assertEquals(before, allEvents().size(), "nothing of the rejected file was imported");

    Reply accepted = PLANNER.post("/api/events", "text/csv", "date_from,date_to,kind,name,queue,factor\n"
        + "2031-05-04,2031-05-05,promotion," + tag + " spring sale,voice-fi,1.3\n"
        + "2031-05-06,2031-05-06,holiday," + tag + " company day,,\n");
    assertEquals(200, accepted.status(), accepted.body());
    assertEquals(2, accepted.json().get("events").asInt());
    assertEquals(0, accepted.json().get("replaced").asInt());
    JsonNode voice = PLANNER.get("/api/events?from=2031-05-01&to=2031-05-31&queue=voice-fi").json();
    JsonNode sale = find(voice, "name", tag + " spring sale");
    assertEquals("2031-05-05", sale.get("dateTo").asText());
    assertEquals(1.3, sale.get("factor").asDouble(), 1e-9);
    assertNotNull(find(voice, "name", tag + " company day"), "centre-wide events belong to every queue");
    JsonNode email = PLANNER.get("/api/events?from=2031-05-01&to=2031-05-31&queue=email-et").json();
    assertTrue(findOptional(email, "name", tag + " spring sale") == null, "voice-fi's event is not email-et's");

    Reply again = PLANNER.post("/api/events", "text/csv", "date_from,date_to,kind,name,queue,factor\n"
        + "2031-05-04,2031-05-05,promotion," + tag + " spring sale,voice-fi,1.5\n");
    assertEquals(1, again.json().get("replaced").asInt(), "the same event uploaded again replaces the earlier one");
    assertEquals(before + 2, allEvents().size());
  }

  @Test
  void importedForecastIsAllOrNothingAndKeepsTheVolumesAsGiven() {
    int versions = PLANNER.get("/api/forecasts").json().size();
    String bad = "queue,interval_start,offered,aht_seconds\n"
        + "voice-et,2031-06-02T08:00,12,240\n"
        + "voice-zz,2031-06-02T08:15,12,240\n";
    Reply rejected = PLANNER.post("/api/forecasts/import", "text/csv", bad);
    assertEquals(400, rejected.status(), rejected.body());
    String message = rejected.json().get("message").asText();
    assertTrue(message.contains("line 3") && message.contains("queue") && message.contains("voice-zz"), message);
    Reply duplicate = PLANNER.post("/api/forecasts/import", "text/csv", "queue,interval_start,offered,aht_seconds\n"
        + "voice-et,2031-06-02T08:00,12,240\nvoice-et,2031-06-02T08:00,13,240\n");
    assertEquals(400, duplicate.status(), duplicate.body());
    assertTrue(duplicate.json().get("message").asText().contains("line 3"), duplicate.body());
    assertEquals(versions, PLANNER.get("/api/forecasts").json().size(), "nothing was stored");
    assertEquals(403, MANAGER.post("/api/forecasts/import", "text/csv", bad).status());

    Reply imported = PLANNER.post("/api/forecasts/import?name=Imported+IT", "text/csv",
        "queue,interval_start,offered,aht_seconds\nvoice-et,2031-06-02T08:00,12,240\n"
            + "voice-et,2031-06-02T08:15,14.5,250\n");
    assertEquals(201, imported.status(), imported.body());
    long id = imported.json().get("id").asLong();
    JsonNode rows = PLANNER.get("/api/forecasts/" + id + "/intervals").json();
    assertEquals(2, rows.size(), rows.toString());
    assertEquals(14.5, rows.get(1).get("offered").asDouble(), 1e-9);
    assertEquals(250, rows.get(1).get("ahtSeconds").asDouble(), 1e-9);
    assertEquals("Imported IT", PLANNER.get("/api/forecasts/" + id).json().get("header").get("name").asText());
  }

  @Test
  void managerMayReadForecastsButNotRunOrOverrideThemNorUploadEvents() {
    assertEquals(403, MANAGER.post("/api/forecasts", "application/json", "{\"days\":7}").status());
    assertEquals(403, MANAGER.post("/api/events", "text/csv", "date_from,date_to,kind,name\n2031-01-01,2031-01-01,holiday,x\n")
        .status());
    assertEquals(403, MANAGER.post("/api/forecasts/1/overrides", "application/json", "{}").status());
    assertEquals(200, MANAGER.get("/api/forecasts").status());
    assertEquals(200, MANAGER.get("/api/events").status());
    assertEquals(403, ApiClient.as("agent1", "demo").get("/api/forecasts").status());
  }

  @Test
  void badForecastRequestsAreRejectedNamingTheField() {
    Reply days = PLANNER.post("/api/forecasts", "application/json", "{\"days\":0}");
    assertEquals(400, days.status(), days.body());
    assertTrue(days.json().get("message").asText().startsWith("days"), days.body());
    Reply queue = PLANNER.post("/api/forecasts", "application/json", "{\"queues\":[\"voice-zz\"],\"days\":7}");
    assertEquals(400, queue.status(), queue.body());
    assertTrue(queue.json().get("message").asText().contains("voice-zz"), queue.body());
    Reply method = PLANNER.post("/api/forecasts", "application/json", "{\"method\":\"crystal-ball\",\"days\":7}");
    assertEquals(400, method.status(), method.body());
    assertTrue(method.json().get("message").asText().startsWith("method"), method.body());
    Reply level = PLANNER.post("/api/forecasts", "application/json", "{\"level\":1.5,\"days\":7}");
    assertEquals(400, level.status(), level.body());
    Reply firstDay = PLANNER.post("/api/forecasts", "application/json", "{\"firstDay\":\"next week\"}");
    assertEquals(400, firstDay.status(), firstDay.body());
    assertTrue(firstDay.json().get("message").asText().startsWith("firstDay"), firstDay.body());
  }

  @Test
  void forecastJobStoresIntervalsWithTheBandAndTheBacktestOfEachQueue() {
    long id = demoForecast();
    JsonNode detail = PLANNER.get("/api/forecasts/" + id).json();
    assertEquals(FIRST_DAY.toString(), detail.get("header").get("firstDay").asText());
    assertEquals(FIRST_DAY.plusDays(DAYS - 1).toString(), detail.get("header").get("lastDay").asText());
    assertEquals(0.8, detail.get("header").get("level").asDouble(), 1e-9);
    Set<String> queues = new HashSet<>();
    detail.get("queues").forEach(q -> queues.add(q.get("queue").asText()));
    assertEquals(Set.copyOf(QUEUES), queues);
    for (String queue : QUEUES) {
      int chosen = 0;
      int rows = 0;
      for (JsonNode row : detail.get("backtest")) {
        if (row.get("queue").asText().equals(queue)) {
          rows++;
          if (row.get("chosen").asBoolean()) {
            chosen++;
            assertTrue(row.get("wape").asDouble() > 0 && row.get("wape").asDouble() < 1, row.toString());
            double coverage = row.get("coverage").asDouble();
            assertTrue(coverage > 0.5 && coverage <= 1, "band coverage in the back-test: " + row);
          }
        }
      }
      assertTrue(rows >= 2, "auto back-tests several methods on " + queue);
      assertEquals(1, chosen, "one method made the forecast of " + queue);
    }

    JsonNode intervals = PLANNER.get("/api/forecasts/" + id + "/intervals").json();
    assertTrue(intervals.size() > DAYS * 20, "open intervals of two queues over two weeks: " + intervals.size());
    Map<String, Integer> perQueue = new HashMap<>();
    for (JsonNode interval : intervals) {
      double low = interval.get("low").asDouble();
      double offered = interval.get("offered").asDouble();
      double high = interval.get("high").asDouble();
      assertTrue(0 <= low && low <= offered + 1e-9 && offered <= high + 1e-9, interval.toString());
      LocalDate day = LocalDateTime.parse(interval.get("start").asText()).toLocalDate();
      assertFalse(day.isBefore(FIRST_DAY) || day.isAfter(FIRST_DAY.plusDays(DAYS - 1)), interval.toString());
      assertEquals(15, interval.get("minutes").asInt());
      assertTrue(interval.get("ahtSeconds").asDouble() > 0, "the demo history has AHT");
      perQueue.merge(interval.get("queue").asText(), 1, Integer::sum);
    }
    assertEquals(Set.copyOf(QUEUES), perQueue.keySet());
    JsonNode one = PLANNER.get("/api/forecasts/" + id + "/intervals?queue=email-et&from=" + FIRST_DAY + "&to=" + FIRST_DAY)
        .json();
    assertTrue(one.size() > 0 && one.size() <= 96, "one day of one queue: " + one.size());

    JsonNode versions = MANAGER.get("/api/forecasts").json();
    assertNotNull(find(versions, "id", Long.toString(id)), "managers see the versions");
  }

  @Test
  void accuracyComparesTheForecastWithTheActualsOfItsDays() {
    long id = demoForecast();
    Reply reply = PLANNER.get("/api/forecasts/" + id + "/accuracy");
    assertEquals(200, reply.status(), reply.body());
    JsonNode accuracy = reply.json();
    assertEquals(QUEUES.size() + 1, accuracy.size(), "one row per queue and one over all: " + reply.body());
    for (JsonNode row : accuracy) {
      assertEquals(DAYS, row.get("days").asInt(), row.toString());
      double daily = row.get("dailyWape").asDouble();
      double interval = row.get("intervalWape").asDouble();
      assertTrue(daily > 0 && daily < 0.5, "a sound forecast of the demo centre: " + row);
      assertTrue(interval > 0 && interval < 1, row.toString());
    }
    assertEquals("*", accuracy.get(accuracy.size() - 1).get("queue").asText());
  }

  @Test
  void overrideCreatesANewVersionWithTheChangeAndTheReason() {
    long id = demoForecast();
    JsonNode day = PLANNER.get("/api/forecasts/" + id + "/intervals?queue=voice-fi").json();
    LocalDate changed = LocalDateTime.parse(day.get(0).get("start").asText()).toLocalDate();
    Map<String, Double> original = offeredByStart(id, "voice-fi");
    String body = "{\"name\":\"IT campaign\",\"changes\":[{\"queue\":\"voice-fi\",\"day\":\"" + changed
        + "\",\"factor\":1.5,\"reason\":\"TV campaign\"}]}";
    Reply created = PLANNER.post("/api/forecasts/" + id + "/overrides", "application/json", body);
    assertEquals(201, created.status(), created.body());
    long version = created.json().get("id").asLong();
    JsonNode detail = PLANNER.get("/api/forecasts/" + version).json();
    assertEquals(id, detail.get("header").get("parentId").asLong());
    assertEquals("IT campaign", detail.get("header").get("name").asText());
    JsonNode override = detail.get("overrides").get(0);
    assertEquals("TV campaign", override.get("reason").asText());
    assertEquals(1.5, override.get("factor").asDouble(), 1e-9);
    assertEquals("planner", override.get("createdBy").asText());
    Map<String, Double> overridden = offeredByStart(version, "voice-fi");
    assertEquals(original.keySet(), overridden.keySet());
    original.forEach((start, offered) -> {
      double expected = LocalDateTime.parse(start).toLocalDate().equals(changed) ? offered * 1.5 : offered;
      assertEquals(expected, overridden.get(start), 1e-6, start);
    });
    assertEquals(original, offeredByStart(id, "voice-fi"), "the version overridden stays as it was");

    Reply total = PLANNER.post("/api/forecasts/" + version + "/overrides", "application/json",
        "{\"changes\":[{\"queue\":\"voice-fi\",\"day\":\"" + changed + "\",\"total\":100,\"reason\":\"Cap\"}]}");
    assertEquals(201, total.status(), total.body());
    long third = total.json().get("id").asLong();
    double dayTotal = offeredByStart(third, "voice-fi").entrySet().stream()
        .filter(e -> LocalDateTime.parse(e.getKey()).toLocalDate().equals(changed))
        .mapToDouble(Map.Entry::getValue).sum();
    assertEquals(100, dayTotal, 1e-6);
    assertEquals(2, PLANNER.get("/api/forecasts/" + third).json().get("overrides").size(),
        "a version keeps the overrides it inherited");

    Reply noReason = PLANNER.post("/api/forecasts/" + id + "/overrides", "application/json",
        "{\"changes\":[{\"queue\":\"voice-fi\",\"day\":\"" + changed + "\",\"factor\":2}]}");
    assertEquals(400, noReason.status(), noReason.body());
    assertTrue(noReason.json().get("message").asText().contains("reason"), noReason.body());
    Reply outside = PLANNER.post("/api/forecasts/" + id + "/overrides", "application/json",
        "{\"changes\":[{\"queue\":\"voice-fi\",\"day\":\"2001-01-01\",\"factor\":2,\"reason\":\"x\"}]}");
    assertEquals(400, outside.status(), outside.body());
    assertTrue(outside.json().get("message").asText().startsWith("changes[0].day"), outside.body());
  }

  @Test
  void intervalsDownloadAsForecastCsvAndAsExcel() throws IOException {
    long id = demoForecast();
    int rows = PLANNER.get("/api/forecasts/" + id + "/intervals").json().size();
    Reply csv = PLANNER.get("/api/forecasts/" + id + "/intervals?format=csv");
    assertEquals(200, csv.status(), csv.body());
    String[] lines = csv.body().split("\r?\n");
    assertEquals(FORECAST_CSV_HEADER, lines[0]);
    assertEquals(rows + 1, lines.length);
    String[] first = lines[1].split(",", -1);
    assertEquals(6, first.length, lines[1]);
    assertTrue(QUEUES.contains(first[0]), lines[1]);
    LocalDateTime.parse(first[1]);

    HttpResponse<byte[]> xlsx = bytes("/api/forecasts/" + id + "/intervals?format=xlsx");
    assertEquals(200, xlsx.statusCode());
    assertTrue(xlsx.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"), xlsx.headers().toString());
    Set<String> entries = new HashSet<>();
    String sheet = "";
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx.body()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.add(entry.getName());
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertTrue(entries.contains("[Content_Types].xml") && entries.contains("xl/workbook.xml"), entries.toString());
    assertTrue(sheet.contains("offered_high") || entries.contains("xl/sharedStrings.xml"), "the header is in the sheet");
    assertTrue(countRows(sheet) >= rows + 1, "a sheet row per interval and the header");

    Reply bad = PLANNER.get("/api/forecasts/" + id + "/intervals?format=pdf");
    assertEquals(400, bad.status());
    assertEquals(404, PLANNER.get("/api/forecasts/999999").status());
  }

  /** Starts the two-queue forecast once and waits for its job; returns the version's id. */
  private static synchronized long demoForecast() {
    if (forecastId != null) {
      return forecastId;
    }
    String body = "{\"name\":\"IT two weeks\",\"queues\":[\"voice-fi\",\"email-et\"],\"days\":" + DAYS
        + ",\"firstDay\":\"" + FIRST_DAY + "\",\"level\":0.8}";
    Reply accepted = PLANNER.post("/api/forecasts", "application/json", body);
    assertEquals(202, accepted.status(), accepted.body());
    long jobId = accepted.json().get("jobId").asLong();
    assertEquals("/api/jobs/" + jobId, accepted.json().get("job").asText());
    JsonNode job = null;
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    double lastProgress = 0;
    while (System.nanoTime() < deadline) {
      job = PLANNER.get("/api/jobs/" + jobId).json();
      double progress = job.get("progress").asDouble();
      assertTrue(progress >= lastProgress - 1e-9, "progress only grows");
      lastProgress = progress;
      if (List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(job.get("state").asText())) {
        break;
      }
      pause();
    }
    assertNotNull(job);
    assertEquals("SUCCEEDED", job.get("state").asText(), job.toString());
    assertEquals(1.0, job.get("progress").asDouble(), 1e-9);
    assertEquals("FORECAST", job.get("kind").asText());
    String result = job.get("resultPath").asText();
    assertTrue(result.startsWith("/api/forecasts/"), result);
    forecastId = Long.parseLong(result.substring("/api/forecasts/".length()));
    return forecastId;
  }

  private static Map<String, Double> offeredByStart(long id, String queue) {
    Map<String, Double> offered = new HashMap<>();
    PLANNER.get("/api/forecasts/" + id + "/intervals?queue=" + queue).json()
        .forEach(row -> offered.put(row.get("start").asText(), row.get("offered").asDouble()));
    return offered;
  }

  private static JsonNode allEvents() {
    return PLANNER.get("/api/events?from=2000-01-01&to=2100-12-31").json();
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    JsonNode found = findOptional(array, field, value);
    assertNotNull(found, "no element with " + field + " " + value + " in " + array);
    return found;
  }

  private static JsonNode findOptional(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (node.get(field).asText().equals(value)) {
        return node;
      }
    }
    return null;
  }

  private static int countRows(String sheetXml) {
    int count = 0;
    for (int i = sheetXml.indexOf("<row"); i >= 0; i = sheetXml.indexOf("<row", i + 1)) {
      count++;
    }
    return count;
  }

  private static HttpResponse<byte[]> bytes(String path) {
    String token = Base64.getEncoder().encodeToString("planner:demo".getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(WfmDeployment.baseUri().resolve(path.substring(1)))
        .header("Authorization", "Basic " + token)
        .timeout(Duration.ofSeconds(60))
        .GET()
        .build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
