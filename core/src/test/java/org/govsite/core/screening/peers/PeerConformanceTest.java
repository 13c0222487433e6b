package org.govsite.core.screening.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Peers' published test suites translated into GovSite dictionary runs (issue 18): every case
 * of {@link PeerSuites} as a test named by its source. A case GovSite answers as the peer does
 * asserts the peer's expectation; a deliberate difference asserts GovSite's answer and says why.
 */
class PeerConformanceTest {
  private static List<PeerCase> all() {
    List<PeerCase> all = new ArrayList<>(PeerSuites.sensitiveWord());
    all.addAll(PeerSuites.toolGood());
    return all;
  }

  private static List<String> sorted(List<String> spans) {
    List<String> s = new ArrayList<>(spans);
    s.sort(null);
    return s;
  }

  @TestFactory
  Stream<DynamicTest> everyCase() {
    return all().stream().map(c -> DynamicTest.dynamicTest((c.matchesPeer() ? "" : "differs: ") + c, () ->
        assertEquals(sorted(c.ours()), sorted(c.found()), () -> c.source() + (c.matchesPeer() ? "" : " — " + c.why()))));
  }

  @Test
  void theCountOfCasesMatchingThePeers() {
    long sw = PeerSuites.sensitiveWord().stream().filter(PeerCase::matchesPeer).count();
    long tg = PeerSuites.toolGood().stream().filter(PeerCase::matchesPeer).count();
    // Reported in docs/screening.md (Peer conformance): cases, then those answered as the peer does.
    assertEquals("sensitive-word 38/41, ToolGood.Words 21/27", "sensitive-word " + sw + "/" + PeerSuites.sensitiveWord().size()
        + ", ToolGood.Words " + tg + "/" + PeerSuites.toolGood().size());
  }
}
