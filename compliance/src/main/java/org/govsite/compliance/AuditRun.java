package org.govsite.compliance;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.govsite.compliance.SiteProfile.ProfileColumn;
import org.govsite.compliance.internal.PageCheck;
import org.govsite.core.site.Column;
import org.govsite.core.site.ColumnFreshness;
import org.govsite.core.site.FreshnessEvent;
import org.govsite.core.site.FreshnessTracker;
import org.govsite.core.site.HomePageFreshness;
import org.govsite.core.InvalidInputException;
import org.govsite.core.site.Site;
import org.govsite.core.site.SiteFreshnessVerdict;

/** One audit: probe, crawl, lists, mailbox, links, then the scorecard. */
final class AuditRun {
  /** Dates without a time stand for the end of their day, as in the freshness site files. */
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final URI start;
  private final SiteProfile profile;
  private final LocalDate at;
  private final AuditOptions options;

  /** Prepares an audit. */
  public AuditRun(URI start, SiteProfile profile, LocalDate at, AuditOptions options) {
    this.start = start;
    this.profile = profile;
    this.at = at;
    this.options = options;
  }

  /** Runs the audit. */
  public AuditReport run() {
    Probe probe = AvailabilityMonitor.forAudit(start, options).probe();
    Site site = site();
    FreshnessTracker tracker = FreshnessTracker.create().addSite(site);
    LocalDateTime instant = at.atTime(END_OF_DAY);
    if (!probe.ok()) {
      String why = probe.status() == 0 ? probe.error() : "HTTP " + probe.status();
      SiteFreshnessVerdict v = tracker.evaluate(site.code(), instant, options.freshnessPolicy());
      List<ColumnResult> cols = v.columns().stream().map(c -> new ColumnResult(c, List.of(), 0, Optional.of("not checked: site unreachable"))).toList();
      return new AuditReport(start.toString(), at, profile.name(), Optional.of(why), probe, v.homePage(),
          Scorecard.unreachable(probe, why), List.of(), cols, List.of(), List.of(), List.of(), List.of(),
          new CensusChecks(start, profile, at, options).unreachable(why), AccessibilityReport.none());
    }
    Fetcher fetcher = new Fetcher(start, options);
    fetcher.loadRobots();
    PageInspector inspector = new PageInspector(profile);
    List<Crawler.Page> pages = new Crawler(fetcher, options, pageChecks(inspector)).crawl(start);
    pages.get(0).dates().stream().filter(d -> !d.isAfter(at)).max(Comparator.naturalOrder())
        .ifPresent(d -> tracker.record(FreshnessEvent.homePageUpdated(site.code(), d.atTime(END_OF_DAY))));

    ListReader lists = new ListReader(fetcher, options);
    Map<String, ListReader.Result> read = new HashMap<>();
    for (ProfileColumn c : profile.columns()) {
      ListReader.Result r = lists.read(resolve(c.listUrl(), "listUrl"), c.itemSelector(), c.dateSelector(), true);
      read.put(c.id(), r);
      for (ListReader.Item item : r.items()) {
        LocalDate published = item.dates().get(0);
        tracker.record(FreshnessEvent.appear(site.code(), c.id(), item.url(), item.title(), published.atTime(END_OF_DAY)));
      }
    }
    List<Letter> letters = List.of();
    Optional<String> mailboxError = Optional.empty();
    if (profile.mailbox().isPresent()) {
      SiteProfile.Mailbox m = profile.mailbox().get();
      ListReader.Result r = lists.read(resolve(m.listUrl(), "mailbox.listUrl"), m.itemSelector(), Optional.empty(), false);
      mailboxError = r.error();
      letters = new MailboxReader(options, at).letters(r, m);
    }
    SiteFreshnessVerdict verdict = tracker.evaluate(site.code(), instant, options.freshnessPolicy());
    List<ColumnResult> columns = new ArrayList<>();
    for (ColumnFreshness cf : verdict.columns()) {
      // The site's columns are the profile's, each read above.
      ListReader.Result r = Objects.requireNonNull(read.get(cf.column().id()));
      columns.add(new ColumnResult(cf, r.pages(), r.items().size(), r.error()));
    }
    List<DeadLink> dead = options.checkLinks() ? new LinkChecker(fetcher, options).check(pages) : List.of();
    List<ContentFinding> findings = new ArrayList<>();
    pages.forEach(p -> findings.addAll(p.findings()));
    HomePageFreshness home = verdict.homePage();
    AccessibilityReport access = CensusChecks.accessibilityOf(pages, inspector);
    List<AuditCheck> checks = new CensusChecks(start, profile, at, options).run(fetcher, pages, inspector, read, access);
    Scorecard card = new Scorecard(options, at);
    return new AuditReport(start.toString(), at, profile.name(), Optional.empty(), probe, home,
        card.vetoes(probe, verdict, columns, findings, letters, mailboxError),
        card.deductions(columns, letters, profile.mailbox().isPresent()), columns, dead, findings, letters,
        pages.stream().map(Crawler.Page::url).toList(), checks, access);
  }

  /**
   * The checks that read every crawled page: each gets the page's one parsed document (and its
   * text) from the crawler, never the HTML to parse again. The census checks' facts of a page
   * (identifiers, labelled dates, accessibility, the start page's 找错 entry, search form and
   * titles) are gathered by the inspector in one walk.
   */
  private static List<PageCheck> pageChecks(PageInspector inspector) {
    return List.of(inspector);
  }

  private URI resolve(String address, String field) {
    try {
      return start.resolve(address.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(field, "不是有效地址 / not a valid address: " + address);
    }
  }

  private Site site() {
    Map<String, ProfileColumn> byId = new HashMap<>();
    profile.columns().forEach(c -> byId.put(c.id(), c));
    Site.Builder b = Site.builder(profile.name(), profile.code()).homePage(start.toString());
    for (ProfileColumn c : profile.columns()) {
      int level = 1;
      Optional<String> p = c.parentId();
      while (p.isPresent() && level <= 20) {
        level++;
        ProfileColumn parent = byId.get(p.get());
        p = parent == null ? Optional.empty() : parent.parentId();
      }
      b.column(new Column(c.id(), c.name(), level, c.kind(), c.parentId(), Optional.empty()));
    }
    return b.build();
  }
}
