package org.openwfm.simulator.des.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON node with its path (e.g. {@code queues[0].handleTime.mean}) and reading helpers whose
 * errors name the source, the path and what was expected.
 */
final class JsonField {
  private final String source;
  private final String path;
  private final JsonNode node;

  JsonField(String source, String path, JsonNode node) {
    this.source = source;
    this.path = path;
    this.node = node;
  }

  String path() {
    return path;
  }

  JsonNode node() {
    return node;
  }

  IllegalArgumentException error(String expected) {
    return new IllegalArgumentException(
        source
            + ": "
            + (path.isEmpty() ? "(top level)" : path)
            + ": expected "
            + expected
            + ", got "
            + describe(node));
  }

  IllegalArgumentException invalid(String message) {
    return new IllegalArgumentException(
        source + ": " + (path.isEmpty() ? "(top level)" : path) + ": " + message);
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing (the field is missing)";
    }
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  private String childPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** Rejects fields this object does not know, so a typo does not pass silently. */
  JsonField object(Set<String> known) {
    if (node == null || !node.isObject()) {
      throw error("an object");
    }
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new IllegalArgumentException(
            source
                + ": "
                + childPath(name)
                + ": unknown field; expected one of "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return this;
  }

  boolean has(String name) {
    return node.has(name) && !node.get(name).isNull();
  }

  JsonField get(String name) {
    return new JsonField(source, childPath(name), node.get(name));
  }

  Optional<JsonField> optional(String name) {
    return has(name) ? Optional.of(get(name)) : Optional.empty();
  }

  List<JsonField> array() {
    if (node == null || !node.isArray()) {
      throw error("an array");
    }
    List<JsonField> items = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      items.add(new JsonField(source, path + "[" + i + "]", node.get(i)));
    }
    return items;
  }

  String text() {
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw error("a non-empty string");
    }
    return node.asText();
  }

  double number() {
    if (node == null || !node.isNumber()) {
      throw error("a number");
    }
    return node.asDouble();
  }

  double positive() {
    double value = number();
    if (!(value > 0)) {
      throw error("a positive number");
    }
    return value;
  }

  double nonNegative() {
    double value = number();
    if (!(value >= 0)) {
      throw error("a number >= 0");
    }
    return value;
  }

  double probability() {
    double value = number();
    if (!(value >= 0 && value <= 1)) {
      throw error("a probability between 0 and 1");
    }
    return value;
  }

  int integer(int min) {
    if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
      throw error("an integer >= " + min);
    }
    int value = node.asInt();
    if (value < min) {
      throw error("an integer >= " + min);
    }
    return value;
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String text = node != null && node.isTextual() ? node.asText() : "";
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    throw error("one of " + String.join(", ", names));
  }

  double numberOr(String name, double fallback) {
    return has(name) ? get(name).number() : fallback;
  }
}
