package org.govsite.compliance.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.govsite.compliance.render.MonitorReportRenderer;
import org.junit.jupiter.api.Test;

/** The census availability rule at its edges: 20 probes a day, one week, 5 % failed. */
class MonitorReportTest {
  private static final LocalDate DAY0 = LocalDate.of(2026, 11, 16);

  /** Probes spread over each Beijing day: counts[i] probes on day i, of which failures[i] fail. */
  static List<MonitorProbe> probes(int[] counts, int[] failures) {
    List<MonitorProbe> out = new ArrayList<>();
    for (int d = 0; d < counts.length; d++) {
      Instant start = DAY0.plusDays(d).atStartOfDay(MonitorRules.BEIJING).toInstant();
      for (int i = 0; i < counts[d]; i++) {
        out.add(ProbeStoreTest.home(start.plus(Duration.ofDays(1).dividedBy(counts[d]).multipliedBy(i)), i >= failures[d]));
      }
    }
    return out;
  }

  static int[] same(int days, int n) {
    int[] a = new int[days];
    java.util.Arrays.fill(a, n);
    return a;
  }

  @Test
  void aWeekOf20ProbesADayWithoutFailuresPasses() {
    MonitorReport r = MonitorReport.of(probes(same(7, 20), same(7, 0)), MonitorRules.census());
    assertEquals(MonitorReport.PASS, r.verdict());
    assertEquals(1, r.windows().size());
    assertEquals(140, r.windows().get(0).probes());
  }

  @Test
  void oneDayWith19ProbesMakesTheWeekInsufficient() {
    int[] counts = same(7, 20);
    counts[3] = 19;
    MonitorReport r = MonitorReport.of(probes(counts, same(7, 0)), MonitorRules.census());
    assertEquals(MonitorReport.INSUFFICIENT, r.verdict());
    assertFalse(r.days().get(3).enough());
    assertTrue(r.summary().contains("19 probes, fewer than 20"), r.summary());
  }

  @Test
  void sevenFailedOf140IsExactlyFivePercentAndFails() {
    int[] failures = same(7, 1);
    MonitorReport r = MonitorReport.of(probes(same(7, 20), failures), MonitorRules.census());
    assertEquals(MonitorReport.FAIL, r.verdict());
    assertEquals(7, r.windows().get(0).failures());
    failures[6] = 0;
    assertEquals(MonitorReport.PASS, MonitorReport.of(probes(same(7, 20), failures), MonitorRules.census()).verdict(), "6 of 140 is 4.3 %");
  }

  @Test
  void theRulesAreOverridable() {
    int[] failures = same(7, 0);
    failures[0] = 2;
    List<MonitorProbe> p = probes(same(7, 20), failures);
    assertEquals(MonitorReport.PASS, MonitorReport.of(p, MonitorRules.census()).verdict());
    assertEquals(MonitorReport.FAIL, MonitorReport.of(p, MonitorRules.census().withMaxFailureRatio(0.01)).verdict());
    assertEquals(MonitorReport.INSUFFICIENT, MonitorReport.of(p, MonitorRules.census().withProbesPerDay(24)).verdict());
    assertEquals(7, MonitorReport.of(p, MonitorRules.census().withWindowDays(1)).windows().size());
  }

  @Test
  void anyWeekIsJudgedAndABadWeekFailsTheSite() {
    // Ten days: the outage on day 9 fails the windows that hold it and no other.
    int[] failures = same(10, 0);
    failures[9] = 7;
    MonitorReport r = MonitorReport.of(probes(same(10, 20), failures), MonitorRules.census());
    assertEquals(4, r.windows().size());
    assertEquals(List.of("pass", "pass", "pass", "fail"), r.windows().stream().map(MonitorReport.Window::status).toList());
    assertEquals(MonitorReport.FAIL, r.verdict());
    assertEquals(Optional.of(r.windows().get(3)), r.windowEnding(DAY0.plusDays(9)));
  }

  @Test
  void theHtmlPageHasInlineChartsAndEscapesText() {
    List<MonitorProbe> p = new ArrayList<>(probes(same(7, 20), same(7, 1)));
    p.add(new MonitorProbe(DAY0.plusDays(6).atTime(20, 0).toInstant(ZoneOffset.UTC), "http://127.0.0.1:1/", "column:<b>x</b>", "http://127.0.0.1:1/",
        200, Duration.ZERO, true, "", 3, Optional.of(DAY0)));
    p.add(ProbeStoreTest.home(DAY0.plusDays(6).atTime(21, 0).toInstant(ZoneOffset.UTC), true));
    String html = MonitorReportRenderer.html(MonitorReport.of(p, MonitorRules.census()));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<svg"));
    assertTrue(html.contains("&lt;b&gt;x&lt;/b&gt;"));
    assertFalse(html.contains("<b>x"));
    assertFalse(html.contains("<script") || html.contains(" src=") || html.contains("<link") || html.contains("@import"), "no outside resource");
    assertTrue(MonitorReportRenderer.json(MonitorReport.of(p, MonitorRules.census())).contains("\"verdict\" : \"fail\""));
  }

  /** The verdict is fail exactly when some complete week has failures × 20 ≥ probes (5 %, in integers). */
  @Property
  void theVerdictIsTheFivePercentRuleInIntegers(@ForAll @Size(min = 7, max = 10) List<@IntRange(min = 20, max = 26) Integer> counts,
      @ForAll @Size(min = 10, max = 10) List<@IntRange(min = 0, max = 3) Integer> failing) {
    int days = counts.size();
    int[] c = counts.stream().mapToInt(Integer::intValue).toArray();
    int[] f = new int[days];
    for (int i = 0; i < days; i++) {
      f[i] = Math.min(failing.get(i), c[i]);
    }
    MonitorReport r = MonitorReport.of(probes(c, f), MonitorRules.census());
    boolean anyFail = false;
    for (int end = 6; end < days; end++) {
      int probes = 0;
      int failed = 0;
      for (int d = end - 6; d <= end; d++) {
        probes += c[d];
        failed += f[d];
      }
      anyFail |= failed * 20 >= probes;
    }
    assertEquals(days - 6, r.windows().size());
    assertEquals(anyFail ? MonitorReport.FAIL : MonitorReport.PASS, r.verdict());
    assertEquals(java.util.Arrays.stream(c).sum(), r.homeProbes());
  }
}
