package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/**
 * HTTPS and IPv6 on local fixtures: the clean site over HTTPS (a self-signed certificate the audit is
 * told to trust) with a plain-HTTP site redirecting to it, the clean site on ::1, and their faults.
 */
class CensusNetworkTest {
  private static final LocalDate AT = LocalDate.of(2026, 11, 20);

  @Test
  void theCleanSiteOverHttpsWithHttpRedirectingToItPassesEveryCheckButIpv6OfAnIpv4Address() throws Exception {
    try (FixtureServer site = Fixtures.clean(FixtureServer.https()); FixtureServer plain = new FixtureServer()) {
      plain.redirect("/", site.uri("/"));
      SiteProfile profile = Fixtures.profile(false).withChecks(CheckSettings.builder().httpUrl(plain.uri("/").toString()).build());
      AuditReport r = Auditor.create(Fixtures.fastTls()).audit(site.uri("/"), profile, AT);
      ComplianceAssertions.assertPasses(r);
      AuditCheck https = r.check(CheckCode.HTTPS);
      assertEquals(CheckStatus.PASS, https.status(), https.toString());
      assertEquals(site.uri("/") + ": HTTPS served (HTTP 200), certificate trusted", https.evidence().get(0));
      assertEquals(plain.uri("/") + ": redirects (HTTP 302) to " + site.uri("/"), https.evidence().get(1));
      for (AuditCheck c : r.checks()) {
        assertEquals(c.code() == CheckCode.IPV6 ? CheckStatus.NOT_CHECKED : CheckStatus.PASS, c.status(), c.toString());
      }
    }
  }

  @Test
  void aSiteServingOnlyHttpFailsHttpsOnBothCounts() throws Exception {
    try (FixtureServer site = Fixtures.clean(new FixtureServer())) {
      URI noTls = URI.create("https://127.0.0.1:" + site.uri("/").getPort() + "/");
      SiteProfile profile = Fixtures.profile(false).withChecks(CheckSettings.builder().httpsUrl(noTls.toString()).build());
      AuditCheck https = Auditor.create(Fixtures.fast()).audit(site.uri("/"), profile, AT).check(CheckCode.HTTPS);
      assertEquals(CheckStatus.FAIL, https.status());
      assertEquals(2, https.count());
      assertTrue(https.evidence().get(0).startsWith(noTls + ": HTTPS not served: "), https.evidence().get(0));
      assertEquals(site.uri("/") + ": does not redirect to HTTPS: HTTP 200", https.evidence().get(1));
    }
  }

  @Test
  void aCertificateTheAuditDoesNotTrustFailsHttps() throws Exception {
    try (FixtureServer site = Fixtures.clean(new FixtureServer()); FixtureServer tls = Fixtures.clean(FixtureServer.https())) {
      SiteProfile profile = Fixtures.profile(false).withChecks(CheckSettings.builder().httpsUrl(tls.uri("/").toString()).build());
      AuditCheck https = Auditor.create(Fixtures.fast()).audit(site.uri("/"), profile, AT).check(CheckCode.HTTPS);
      assertEquals(CheckStatus.FAIL, https.status());
      assertTrue(https.evidence().get(0).contains("SSLHandshakeException"), https.evidence().get(0));
    }
  }

  @Test
  void aSiteOnTheIpv6LoopbackPassesIpv6OrIsNotCheckedWithTheReasonWithoutIpv6() throws Exception {
    if (!hasIpv6Loopback()) {
      try (FixtureServer site = Fixtures.clean(new FixtureServer())) {
        URI byName = URI.create("http://localhost:" + site.uri("/").getPort() + "/");
        AuditCheck v6 = Auditor.create(Fixtures.fast()).audit(byName, Fixtures.profile(false), AT).check(CheckCode.IPV6);
        assertEquals(CheckStatus.NOT_CHECKED, v6.status(), v6.toString());
        assertTrue(v6.evidence().get(0).contains("no IPv6"), v6.toString());
      }
      return;
    }
    try (FixtureServer site = Fixtures.clean(FixtureServer.on(InetAddress.getByName("::1")))) {
      assertTrue(site.uri("/").toString().startsWith("http://[::1]:"));
      AuditReport r = Auditor.create(Fixtures.fast()).audit(site.uri("/"), Fixtures.profile(false), AT);
      AuditCheck v6 = r.check(CheckCode.IPV6);
      assertEquals(CheckStatus.PASS, v6.status(), v6.toString());
      assertEquals("::1: AAAA 0:0:0:0:0:0:0:1, the site answers over IPv6 (HTTP 200)", v6.evidence().get(0));
      ComplianceAssertions.assertPasses(r);
    }
  }

  @Test
  void aNameWithoutAnIpv6AnswerFailsIpv6() throws Exception {
    try (FixtureServer site = Fixtures.clean(new FixtureServer())) {
      URI byName = URI.create("http://localhost:" + site.uri("/").getPort() + "/");
      AuditCheck v6 = Auditor.create(Fixtures.fast()).audit(byName, Fixtures.profile(false), AT).check(CheckCode.IPV6);
      if (!hasIpv6Loopback()) {
        assertEquals(CheckStatus.NOT_CHECKED, v6.status(), v6.toString());
        return;
      }
      // localhost has no AAAA record here, or has ::1 where the fixture (on 127.0.0.1 only) does not answer: a fail either way.
      assertEquals(CheckStatus.FAIL, v6.status(), v6.toString());
      assertTrue(v6.evidence().get(0).startsWith("localhost: "), v6.toString());
    }
  }

  private static boolean hasIpv6Loopback() throws Exception {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (n.isUp() && Collections.list(n.getInetAddresses()).stream().anyMatch(a -> a instanceof Inet6Address && a.isLoopbackAddress())) {
        return true;
      }
    }
    return false;
  }
}
