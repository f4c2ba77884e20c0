package org.openwfm.web.application.requirement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openwfm.web.domain.model.queue.Channel;

class TargetValidationTest {

  private static TargetEdit voice(Double sl, Double abandon, Double patience, Integer concurrency) {
    return new TargetEdit(0L, 3L, sl, 20, 30.0, abandon, 0.85, patience, concurrency, null, null);
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  void acceptsTheClassicVoiceTargetsWithAbandonment() {
    assertEquals(List.of(), TargetValidation.problems(Channel.VOICE, voice(0.8, 0.05, 60.0, null)));
  }

  @Test
  void namesEveryBadFieldAtOnce() {
    TargetEdit edit = new TargetEdit(null, 1L, 1.5, -1, 0.0, 1.2, 1.5, -3.0, 0, null, 0.95);
    List<FieldProblem> problems = TargetValidation.problems(Channel.CHAT, edit);
    assertEquals(List.of("version", "serviceLevelTarget", "serviceLevelThresholdSeconds", "asaSeconds",
        "patienceSeconds", "maxAbandonRate", "maxOccupancy", "concurrency", "shrinkage"), fields(problems));
    assertTrue(problems.get(1).message().contains("got 1.5"), problems.get(1).message());
  }

  @Test
  void serviceLevelOfOneIsImpossibleForVoiceButFineForEmail() {
    assertEquals(List.of("serviceLevelTarget"), fields(TargetValidation.problems(Channel.VOICE, voice(1.0, null,
        null, null))));
    TargetEdit email = new TargetEdit(0L, 0L, 1.0, 28_800, null, null, null, null, null, 480, null);
    assertEquals(List.of(), TargetValidation.problems(Channel.EMAIL, email));
  }

  @Test
  void maximumAbandonmentNeedsAPatience() {
    List<FieldProblem> problems = TargetValidation.problems(Channel.VOICE, voice(0.8, 0.05, null, null));
    assertEquals(List.of("maxAbandonRate"), fields(problems));
    assertTrue(problems.get(0).message().contains("patienceSeconds"));
  }

  @Test
  void concurrencyIsForChatAndDeadlinesForDeferredWork() {
    assertEquals(List.of("concurrency"), fields(TargetValidation.problems(Channel.VOICE, voice(0.8, null, null, 2))));
    assertEquals(List.of(), fields(TargetValidation.problems(Channel.CHAT, voice(0.8, null, null, 3))));
    TargetEdit voiceWithDeadline = new TargetEdit(0L, 0L, 0.8, 20, null, null, null, null, null, 60, null);
    assertEquals(List.of("deadlineMinutes"), fields(TargetValidation.problems(Channel.VOICE, voiceWithDeadline)));
    TargetEdit emailWithPatience = new TargetEdit(0L, 0L, 0.9, 3600, null, 0.1, null, 60.0, null, 0, null);
    assertEquals(List.of("maxAbandonRate", "patienceSeconds", "deadlineMinutes"),
        fields(TargetValidation.problems(Channel.EMAIL, emailWithPatience)));
  }

  @Test
  void requiredFieldsAreNamedWhenMissing() {
    TargetEdit empty = new TargetEdit(null, null, null, null, null, null, null, null, null, null, null);
    assertEquals(List.of("version", "queueVersion", "serviceLevelTarget", "serviceLevelThresholdSeconds"),
        fields(TargetValidation.problems(Channel.VOICE, empty)));
  }
}
