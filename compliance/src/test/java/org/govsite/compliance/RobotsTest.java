package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govsite.compliance.internal.Robots;
import org.junit.jupiter.api.Test;

class RobotsTest {
  @Test
  void robotsLongestMatchWins() {
    Robots r = Robots.parse("User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /a/\nAllow: /a/public\nDisallow: /*.pdf$\n", "GovSite-Audit/0.1");
    assertEquals(false, r.allows("/a/x.html"));
    assertEquals(true, r.allows("/a/public/x.html"));
    assertEquals(false, r.allows("/doc/x.pdf"));
    assertEquals(true, r.allows("/b/"));
    assertEquals(false, Robots.parse("User-agent: GovSite-Audit\nDisallow: /\n", "GovSite-Audit/0.1").allows("/x"));
  }

  @Test
  void ourOwnGroupWinsOverTheStarGroupEvenWhenItAllowsEverything() {
    Robots r = Robots.parse("User-agent: GovSite-Audit\nDisallow:\n\nUser-agent: *\nDisallow: /\n", "GovSite-Audit/0.1");
    assertEquals(true, r.allows("/x.html"), "an empty Disallow in our group allows everything");
    assertEquals(false, Robots.parse("User-agent:\nDisallow:\n\nUser-agent: *\nDisallow: /\n", "GovSite-Audit/0.1").allows("/x"),
        "an empty User-agent line names no crawler");
  }
}
