package org.openwfm.web.infrastructure.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openwfm.web.infrastructure.demo.DemoCentre.Agent;
import org.openwfm.web.infrastructure.demo.DemoCentre.Event;
import org.openwfm.web.infrastructure.demo.DemoCentre.Site;
import org.openwfm.web.infrastructure.demo.DemoCentre.Skill;
import org.openwfm.web.infrastructure.demo.DemoCentre.Team;
import org.openwfm.web.infrastructure.demo.DemoCentre.WorkMode;

class DemoCentreGeneratorTest {

  private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  private final DemoCentre centre = DemoCentreGenerator.generate(42, LAST_DAY);

  @Test
  void sameSeedAndDayGiveIdenticalCsvAndAnotherSeedDoesNot() throws Exception {
    String first = csvHash(DemoCentreGenerator.generate(7, LAST_DAY));
    String again = csvHash(DemoCentreGenerator.generate(7, LAST_DAY));
    String otherSeed = csvHash(DemoCentreGenerator.generate(8, LAST_DAY));
    assertEquals(first, again);
    assertNotEquals(first, otherSeed);
  }

  @Test
  void sameSeedGivesEqualMasterDataAndAbsences() {
    DemoCentre again = DemoCentreGenerator.generate(42, LAST_DAY);
    assertEquals(centre.agents(), again.agents());
    assertEquals(centre.events(), again.events());
    assertEquals(centre.absences(), again.absences());
    assertNotEquals(centre.agents(), DemoCentreGenerator.generate(43, LAST_DAY).agents());
  }

  @Test
  void historyYearIs365DaysEndingOnTheLastHistoryDay() {
    assertEquals(LAST_DAY, centre.lastHistoryDay());
    assertEquals(LocalDate.of(2025, 1, 1), centre.firstHistoryDay());
  }

  @Test
  void generatesAbout120AgentsCodedAgent1ToAgent120() {
    List<String> codes = centre.agents().stream().map(Agent::code).toList();
    assertEquals(IntStream.rangeClosed(1, 120).mapToObj(i -> "agent" + i).toList(), codes);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20260214, -5})
  void workModeMixIsWithinThreePointsOfHybrid71Remote20Office9(long seed) {
    List<Agent> agents = DemoCentreGenerator.generate(seed, LAST_DAY).agents();
    Map<WorkMode, Long> counts =
        agents.stream().collect(Collectors.groupingBy(Agent::workMode, Collectors.counting()));
    assertShare(0.71, counts.get(WorkMode.HYBRID), agents.size(), "HYBRID");
    assertShare(0.20, counts.get(WorkMode.REMOTE), agents.size(), "REMOTE");
    assertShare(0.09, counts.get(WorkMode.OFFICE), agents.size(), "OFFICE");
  }

  @Test
  void everyAgentHasASkillInTheSiteLanguageOnExistingQueues() {
    Map<String, Site> sites = bySite();
    Set<String> queueCodes = new HashSet<>();
    centre.queues().forEach(queue -> queueCodes.add(queue.code()));
    for (Agent agent : centre.agents()) {
      String language = sites.get(agent.siteCode()).language();
      assertFalse(agent.skills().isEmpty(), agent.code());
      assertTrue(
          agent.skills().stream().anyMatch(skill -> languageOf(skill).equals(language)),
          agent.code() + " lacks " + language + ": " + agent.skills());
      for (Skill skill : agent.skills()) {
        assertTrue(queueCodes.contains(skill.queueCode()), skill.toString());
      }
    }
  }

  @Test
  void languageMixesFollowTheSitesLabourMarkets() {
    Map<String, Set<String>> languagesBySite =
        centre.agents().stream()
            .collect(
                Collectors.groupingBy(
                    Agent::siteCode,
                    Collectors.flatMapping(
                        agent -> agent.skills().stream().map(DemoCentreGeneratorTest::languageOf),
                        Collectors.toSet())));
    assertEquals(Set.of("et", "ru", "en"), languagesBySite.get("tallinn"));
    assertTrue(languagesBySite.get("helsinki").containsAll(Set.of("fi", "en")));
    assertFalse(languagesBySite.get("helsinki").contains("hu"));
    assertEquals(Set.of("hu", "en"), languagesBySite.get("budapest"));
    long tallinnRussian =
        centre.agents().stream()
            .filter(agent -> agent.siteCode().equals("tallinn"))
            .filter(agent -> agent.skills().stream().anyMatch(s -> languageOf(s).equals("ru")))
            .count();
    assertTrue(tallinnRussian >= 10, "Russian speakers in Tallinn: " + tallinnRussian);
  }

  @Test
  void agentsBelongToTeamsOfTheirSiteAndToKnownContracts() {
    Map<String, Team> teams =
        centre.teams().stream().collect(Collectors.toMap(Team::code, Function.identity()));
    Set<String> contracts = new HashSet<>();
    centre.contracts().forEach(contract -> contracts.add(contract.code()));
    for (Agent agent : centre.agents()) {
      assertEquals(agent.siteCode(), teams.get(agent.teamCode()).siteCode(), agent.code());
      assertTrue(contracts.contains(agent.contractCode()), agent.code());
    }
  }

  @Test
  void onlyRemoteAgentsLiveInAnotherTimeZoneAndSomeDo() {
    Map<String, Site> sites = bySite();
    long abroad = 0;
    for (Agent agent : centre.agents()) {
      ZoneId siteZone = sites.get(agent.siteCode()).timeZone();
      if (!agent.homeTimeZone().equals(siteZone)) {
        assertEquals(WorkMode.REMOTE, agent.workMode(), agent.code());
        abroad++;
      }
    }
    assertTrue(abroad >= 3, "remote agents abroad: " + abroad);
  }

  @Test
  void sitesLieInTheirCountriesTimeZones() {
    assertEquals(
        List.of("Europe/Tallinn", "Europe/Helsinki", "Europe/Budapest"),
        centre.sites().stream().map(site -> site.timeZone().getId()).toList());
    int seats = centre.sites().stream().mapToInt(Site::officeSeats).sum();
    assertTrue(seats < centre.agents().size(), "hybrid centres have fewer seats than agents");
  }

  @Test
  void eventsHoldEachSitesHolidaysOfTheHistoryYearAndTheNext() {
    assertTrue(hasSiteHoliday("tallinn", LocalDate.of(2025, 4, 18), "Good Friday"));
    assertTrue(hasSiteHoliday("tallinn", LocalDate.of(2026, 4, 3), "Good Friday"));
    assertTrue(hasSiteHoliday("helsinki", LocalDate.of(2026, 6, 19), "Midsummer Eve"));
    assertTrue(hasSiteHoliday("budapest", LocalDate.of(2026, 5, 25), "Whit Monday"));
    assertTrue(hasQueueHoliday("voice-ru", LocalDate.of(2026, 2, 24)));
    assertFalse(hasQueueHoliday("voice-hu", LocalDate.of(2026, 2, 24)));
    assertTrue(
        centre.events().stream().allMatch(e -> !e.dateFrom().isAfter(LAST_DAY.plusYears(1))));
  }

  @Test
  void internationalQueuesGetOnlyHolidaysAllThreeCountriesShare() {
    List<LocalDate> voiceEn =
        centre.events().stream()
            .filter(e -> e.kind().equals(DemoCentre.KIND_HOLIDAY))
            .filter(e -> e.queueCode().equals(Optional.of("voice-en")))
            .map(Event::dateFrom)
            .toList();
    assertFalse(voiceEn.isEmpty());
    for (LocalDate day : voiceEn) {
      for (String country : PublicHolidays.COUNTRIES) {
        assertTrue(PublicHolidays.isHoliday(country, day), day + " not a holiday in " + country);
      }
    }
    assertTrue(voiceEn.contains(LocalDate.of(2025, 12, 25)));
  }

  @Test
  void valentinesPromotionRunsFromTheFourteenthOfFebruaryToTheThirteenthOfMarchEachYear() {
    List<Event> promotions =
        centre.events().stream().filter(e -> e.kind().equals(DemoCentre.KIND_PROMOTION)).toList();
    assertEquals(2, promotions.size(), promotions.toString());
    for (Event promotion : promotions) {
      assertEquals(14, promotion.dateFrom().getDayOfMonth());
      assertEquals(2, promotion.dateFrom().getMonthValue());
      assertEquals(promotion.dateFrom().withMonth(3).withDayOfMonth(13), promotion.dateTo());
      assertTrue(promotion.queueCode().isEmpty() && promotion.siteCode().isEmpty());
    }
  }

  @Test
  void rejectsAMissingLastHistoryDay() {
    assertThrows(NullPointerException.class, () -> DemoCentreGenerator.generate(1, null));
  }

  @Test
  void unknownQueueCodeIsNamedInTheError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> centre.history("voice-xx"));
    assertTrue(e.getMessage().contains("voice-xx"), e.getMessage());
  }

  private boolean hasSiteHoliday(String site, LocalDate day, String name) {
    return centre.events().stream()
        .anyMatch(
            e ->
                e.kind().equals(DemoCentre.KIND_HOLIDAY)
                    && e.siteCode().equals(Optional.of(site))
                    && e.queueCode().isEmpty()
                    && e.dateFrom().equals(day)
                    && e.name().equals(name));
  }

  private boolean hasQueueHoliday(String queue, LocalDate day) {
    return centre.events().stream()
        .anyMatch(
            e ->
                e.kind().equals(DemoCentre.KIND_HOLIDAY)
                    && e.queueCode().equals(Optional.of(queue))
                    && e.dateFrom().equals(day));
  }

  private Map<String, Site> bySite() {
    return centre.sites().stream().collect(Collectors.toMap(Site::code, Function.identity()));
  }

  private static String languageOf(Skill skill) {
    return skill.queueCode().substring(skill.queueCode().indexOf('-') + 1);
  }

  private static void assertShare(double expected, Long count, int total, String what) {
    double share = count == null ? 0 : count / (double) total;
    assertTrue(
        Math.abs(share - expected) <= 0.03, what + " share " + share + ", expected " + expected);
  }

  private static String csvHash(DemoCentre centre) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    StringWriter events = new StringWriter();
    DemoCsvWriter.writeEvents(centre, events);
    digest.update(events.toString().getBytes(StandardCharsets.UTF_8));
    StringWriter history = new StringWriter();
    DemoCsvWriter.writeHistory(centre, history);
    digest.update(history.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest.digest());
  }
}
