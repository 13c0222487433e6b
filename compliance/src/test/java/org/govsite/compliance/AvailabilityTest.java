package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AvailabilityTest {
  private static Probe probe(boolean ok) {
    return new Probe(Instant.EPOCH, ok ? 200 : 0, Duration.ofMillis(5), ok ? "" : "timeout", ok);
  }

  @Property
  void theSiteFailsExactlyWhenAtLeastFivePercentOfProbesFail(@ForAll @IntRange(min = 1, max = 300) int n, @ForAll @IntRange(min = 0, max = 300) int f) {
    int failures = Math.min(f, n);
    List<Probe> probes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      probes.add(probe(i >= failures));
    }
    AvailabilityReport r = AvailabilityReport.census(probes);
    assertEquals(failures * 100 >= 5 * n, r.failed());
  }

  @Test
  void theCensusScheduleIsTwentyADayForAWeek() {
    AvailabilityMonitor.Schedule s = AvailabilityMonitor.Schedule.census();
    assertEquals(140, s.count());
    assertEquals(Duration.ofMinutes(72), s.interval());
    assertTrue(s.meetsCensus());
    assertFalse(new AvailabilityMonitor.Schedule(Duration.ofHours(2), 84).meetsCensus());
  }

  @Test
  void probesALocalSiteOnASchedule() throws Exception {
    try (FixtureServer s = new FixtureServer().page("/", "<html><body>首页</body></html>")) {
      List<Probe> seen = new ArrayList<>();
      AvailabilityReport r = AvailabilityMonitor.of(s.uri("/")).run(new AvailabilityMonitor.Schedule(Duration.ofMillis(10), 3), seen::add);
      assertEquals(3, seen.size());
      assertEquals(0, r.failures());
      assertFalse(r.failed());
      assertFalse(AvailabilityMonitor.of(s.uri("/missing")).probe().ok());
    }
  }
}
