package org.openwfm.scheduling.curtois;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

  private static final CurtoisInstance INSTANCE =
      CurtoisReader.read(CurtoisReaderTest.instanceFile(2));

  @Test
  void writesOneRowPerWorkedDayAndReadsItBack() throws IOException {
    Roster roster = new Roster(INSTANCE);
    Employee first = INSTANCE.employees().get(0);
    Employee third = INSTANCE.employees().get(2);
    ShiftType shift = INSTANCE.shiftTypes().get(1);
    roster.assign(first, 0, Optional.of(shift));
    roster.assign(third, 13, Optional.of(INSTANCE.shiftTypes().get(0)));
    StringWriter out = new StringWriter();
    RosterCsv.write(roster, out);
    String expected =
        "employee,day,shift\n"
            + first.id()
            + ",0,"
            + shift.id()
            + "\n"
            + third.id()
            + ",13,"
            + INSTANCE.shiftTypes().get(0).id()
            + "\n";
    assertEquals(expected, out.toString());
    Roster back = RosterCsv.read(INSTANCE, "roster.csv", new StringReader(out.toString()));
    assertEquals(Optional.of(shift), back.shift(first, 0));
    assertEquals(Optional.empty(), back.shift(first, 1));
    assertEquals(RosterCheck.of(roster), RosterCheck.of(back));
  }

  @Test
  void rejectsUnknownShiftAndNamesLineAndField() {
    String csv = "employee,day,shift\n" + INSTANCE.employees().get(0).id() + ",3,ZZ\n";
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> RosterCsv.read(INSTANCE, "roster.csv", new StringReader(csv)))
            .getMessage();
    assertEquals("roster.csv line 2, field shift: unknown shift type 'ZZ'", message);
  }

  @Test
  void rejectsTwoShiftsOfOneEmployeeOnOneDay() {
    String id = INSTANCE.employees().get(0).id();
    String shift = INSTANCE.shiftTypes().get(0).id();
    String csv = "employee,day,shift\n" + id + ",3," + shift + "\n" + id + ",3," + shift + "\n";
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> RosterCsv.read(INSTANCE, "roster.csv", new StringReader(csv)))
            .getMessage();
    assertTrue(message.startsWith("roster.csv line 3: employee " + id), message);
  }
}
