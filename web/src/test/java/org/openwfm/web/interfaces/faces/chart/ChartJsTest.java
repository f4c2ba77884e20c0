package org.openwfm.web.interfaces.faces.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void lineChartWithBandIsValidChartJsConfiguration() throws Exception {
    String json =
        ChartJs.line("Offered \"voice-et\" <14 Feb>")
            .xAxis("Interval (local time)")
            .yAxis("Contacts per 15 min")
            .labels(List.of("09:00", "09:15", "09:30"))
            .band("80% interval", List.of(8, 9, 10), List.of(12, 13.25, 14))
            .series("Forecast", Arrays.asList(10, null, 12.125))
            .toJson();
    JsonNode config = mapper.readTree(json);
    assertEquals("line", config.get("type").asText());
    assertEquals("Offered \"voice-et\" <14 Feb>", config.at("/options/plugins/title/text").asText());
    assertEquals("Contacts per 15 min", config.at("/options/scales/y/title/text").asText());
    assertTrue(config.at("/options/plugins/legend/display").asBoolean());
    JsonNode sets = config.at("/data/datasets");
    assertEquals(3, sets.size());
    assertEquals("", sets.get(0).get("label").asText());
    assertEquals("-1", sets.get(1).get("fill").asText());
    assertEquals(13.25, sets.get(1).get("data").get(1).asDouble(), 0);
    assertTrue(sets.get(2).get("data").get(1).isNull());
    assertEquals(12.13, sets.get(2).get("data").get(2).asDouble(), 0.01);
    assertEquals("09:15", config.at("/data/labels/1").asText());
    assertTrue(!json.contains("<"), "no raw '<' that could close a script element");
  }

  @Test
  void barChartCanMixALineAndStack() throws Exception {
    JsonNode config =
        mapper.readTree(
            ChartJs.bar("Scheduled vs required")
                .stacked()
                .labels(List.of("Mon"))
                .series("Office", List.of(3))
                .series("Home", List.of(2))
                .lineSeries("Required", List.of(4.5))
                .toJson());
    assertEquals("bar", config.at("/data/datasets/0/type").asText());
    assertEquals("line", config.at("/data/datasets/2/type").asText());
    assertTrue(config.at("/options/scales/y/stacked").asBoolean());
  }
}
