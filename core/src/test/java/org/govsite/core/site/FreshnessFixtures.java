package org.govsite.core.site;

import org.govsite.core.identifiers.WebsiteCode;
import java.time.LocalDateTime;

/** Builds small sites and trackers for the freshness tests. */
/** Sites, trackers and a small cluster for the freshness tests (shared with the render package's tests). */
public final class FreshnessFixtures {
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

  /** Three sites: one passing, one with 3 stale news columns, one with 6 (failing). */
  public static FreshnessTracker cluster(LocalDateTime at) {
    FreshnessTracker t = FreshnessTracker.create();
    String[] codes = {"4300000001", "4300000002", "bm07000001"};
    int[] stale = {0, 3, 6};
    for (int s = 0; s < 3; s++) {
      WebsiteCode code = WebsiteCode.parse(codes[s]);
      Site.Builder b = Site.builder(s == 2 ? "<script>alert('部委')</script>" : "县" + s, code);
      for (int i = 0; i < 8; i++) {
        b.column(Column.of("c" + i, "动态 & 要闻 " + i, ColumnKind.NEWS));
      }
      t.addSite(b.build());
      t.record(FreshnessEvent.homePageUpdated(code, at.minusDays(1)));
      for (int i = 0; i < 8; i++) {
        t.record(FreshnessEvent.appear(code, "c" + i, "x", "t", i < stale[s] ? at.minusDays(40) : at.minusDays(1)));
      }
    }
    return t;
  }
}
