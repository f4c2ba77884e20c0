package org.openwfm.scheduling.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CurtoisReaderTest {

  static Path instanceFile(int number) {
    return Path.of(System.getProperty("wfm.sharedData", "../../shared/data"))
        .resolve("curtois-rostering")
        .resolve("Instance" + number + ".txt");
  }

  private static final String VALID =
      """
      # comment
      SECTION_HORIZON
      14

      SECTION_SHIFTS
      E,480,
      L,600,E

      SECTION_STAFF
      A,E=10|L=3,4800,2400,5,2,2,1
      B,E=14,4800,2400,5,2,2,1

      SECTION_DAYS_OFF
      A,0,13
      B,4

      SECTION_SHIFT_ON_REQUESTS
      A,2,E,2

      SECTION_SHIFT_OFF_REQUESTS
      B,3,L,3

      SECTION_COVER
      0,E,1,100,1
      0,L,1,100,1
      """;

  private static CurtoisInstance read(String text) {
    return CurtoisReader.read("test.txt", new StringReader(text));
  }

  private static String readFails(String text) {
    return assertThrows(IllegalArgumentException.class, () -> read(text)).getMessage();
  }

  @Test
  void readsEverySectionOfASmallInstance() {
    CurtoisInstance instance = read(VALID);
    assertEquals(14, instance.horizonDays());
    assertEquals(List.of("E", "L"), instance.shiftTypes().stream().map(ShiftType::id).toList());
    ShiftType late = instance.shiftTypes().get(1);
    assertEquals(600, late.minutes());
    assertTrue(late.forbidsSuccessor(instance.shiftTypes().get(0)));
    Employee a = instance.employees().get(0);
    assertEquals(3, a.maxShifts(late));
    assertEquals(4800, a.maxTotalMinutes());
    assertEquals(2400, a.minTotalMinutes());
    assertEquals(Set.of(0, 13), a.daysOff());
    assertEquals(1, instance.shiftOnRequests().size());
    assertEquals(3, instance.shiftOffRequests().get(0).weight());
    assertEquals(2, instance.coverRequirements().size());
  }

  @Test
  void readsPublishedInstance1WithWindowsLineEnds() {
    CurtoisInstance instance = CurtoisReader.read(instanceFile(1));
    assertEquals(14, instance.horizonDays());
    assertEquals(1, instance.shiftTypes().size());
    assertEquals(8, instance.employees().size());
    assertEquals(14, instance.coverRequirements().size());
    assertEquals(21, instance.shiftOnRequests().size());
    assertEquals(5, instance.shiftOffRequests().size());
  }

  @Test
  void readsForbiddenSuccessionsOfInstance12() {
    CurtoisInstance instance = CurtoisReader.read(instanceFile(12));
    assertEquals(28, instance.horizonDays());
    assertEquals(10, instance.shiftTypes().size());
    ShiftType night = instance.shiftTypes().get(9);
    assertEquals("n1", night.id());
    assertEquals(9, night.forbiddenSuccessorIds().size());
  }

  @Test
  void reportsInstance1EmployeeWhoseMaxShiftsCannotReachMinMinutes() {
    List<String> contradictions = CurtoisReader.read(instanceFile(1)).contractContradictions();
    assertEquals(1, contradictions.size());
    assertTrue(contradictions.get(0).startsWith("employee C can work at most 1440 minutes"));
  }

  @Test
  void findsNoContradictionInAConsistentInstance() {
    assertEquals(List.of(), read(VALID).contractContradictions());
  }

  @Test
  void rejectsNonIntegerMinutesAndNamesLineSectionAndField() {
    String message = readFails(VALID.replace("A,E=10|L=3,4800,2400", "A,E=10|L=3,48x0,2400"));
    assertEquals(
        "test.txt line 10 (SECTION_STAFF): MaxTotalMinutes: expected an integer, found '48x0'",
        message);
  }

  @Test
  void rejectsUnknownShiftInCoverAndNamesTheLine() {
    String message = readFails(VALID.replace("0,L,1,100,1", "0,N,1,100,1"));
    assertEquals("test.txt line 25 (SECTION_COVER): ShiftID: unknown ShiftID 'N'", message);
  }

  @Test
  void rejectsDayOutsideTheHorizon() {
    String message = readFails(VALID.replace("A,2,E,2", "A,14,E,2"));
    assertEquals(
        "test.txt line 18 (SECTION_SHIFT_ON_REQUESTS): Day: expected a day index from 0 to 13,"
            + " found 14",
        message);
  }

  @Test
  void rejectsUnknownEmployeeInDaysOff() {
    String message = readFails(VALID.replace("B,4", "Z,4"));
    assertEquals("test.txt line 15 (SECTION_DAYS_OFF): EmployeeID: unknown employee 'Z'", message);
  }

  @Test
  void rejectsMissingFieldsInStaff() {
    String message = readFails(VALID.replace("B,E=14,4800,2400,5,2,2,1", "B,E=14,4800,2400,5,2,2"));
    assertTrue(message.startsWith("test.txt line 11 (SECTION_STAFF): expected 8 fields"), message);
  }

  @Test
  void rejectsBadMaxShiftsPair() {
    String message = readFails(VALID.replace("A,E=10|L=3", "A,E10|L=3"));
    assertEquals(
        "test.txt line 10 (SECTION_STAFF): MaxShifts: expected ShiftID=count pairs separated by"
            + " '|', found 'E10'",
        message);
  }

  @Test
  void rejectsUnknownForbiddenSuccessor() {
    String message = readFails(VALID.replace("L,600,E", "L,600,X"));
    assertEquals(
        "test.txt line 7 (SECTION_SHIFTS): forbidden successors: unknown ShiftID 'X'", message);
  }

  @Test
  void rejectsUnknownSection() {
    String message = readFails(VALID.replace("SECTION_COVER", "SECTION_COVERS"));
    assertTrue(message.startsWith("test.txt line 23: unknown section 'SECTION_COVERS'"), message);
  }

  @Test
  void rejectsMissingHorizon() {
    String message = readFails(VALID.replace("SECTION_HORIZON\n14\n", ""));
    assertEquals("test.txt (SECTION_HORIZON): missing section SECTION_HORIZON", message);
  }

  @Test
  void rejectsNegativeWeight() {
    String message = readFails(VALID.replace("B,3,L,3", "B,3,L,-3"));
    assertEquals(
        "test.txt line 21 (SECTION_SHIFT_OFF_REQUESTS): Weight: expected a number >= 0, found -3",
        message);
  }

  @Test
  void rejectsDataBeforeTheFirstSection() {
    String message = readFails("14\n" + VALID);
    assertEquals("test.txt line 1: expected a SECTION_ header before data, found '14'", message);
  }
}
