package org.govsite.core.site;

import org.govsite.core.identifiers.WebsiteCode;
import java.time.LocalDateTime;

/** Builds small sites and trackers for the freshness tests. */
final class FreshnessFixtures {
  static final WebsiteCode CODE = WebsiteCode.parse("4300000077");

  private FreshnessFixtures() {}

  /** A site with {@code n} first-level columns of one kind, ids c0…c(n-1). */
  static Site site(int n, ColumnKind kind) {
    Site.Builder b = Site.builder("某县人民政府", CODE).homePage("https://www.example.gov.cn/");
    for (int i = 0; i < n; i++) {
      b.column(Column.of("c" + i, kind.chinese() + i, kind));
    }
    return b.build();
  }

  /** A tracker over {@code site} whose home page was updated at {@code home}. */
  static FreshnessTracker tracker(Site site, LocalDateTime home) {
    FreshnessTracker t = FreshnessTracker.create().addSite(site);
    t.record(FreshnessEvent.homePageUpdated(site.code(), home));
    return t;
  }

  static void publish(FreshnessTracker t, String column, String id, LocalDateTime at) {
    t.record(FreshnessEvent.appear(CODE, column, id, "标题 " + id, at));
  }

  static ColumnFreshness column(SiteFreshnessVerdict v, String id) {
    return v.columns().stream().filter(c -> c.column().id().equals(id)).findFirst().orElseThrow();
  }

  static FreshnessVeto veto(SiteFreshnessVerdict v, FreshnessVetoCode code) {
    return v.vetoes().stream().filter(x -> x.code() == code).findFirst().orElseThrow();
  }
}
