package org.govsite.examples;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.govsite.core.screening.Dictionary;
import org.govsite.core.site.FreshnessPolicy;
import org.govsite.core.site.FreshnessTracker;
import org.govsite.core.InvalidInputException;
import org.govsite.core.screening.Screener;
import org.govsite.core.site.Site;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.disclosure.Catalogue;
import org.govsite.disclosure.RequestStore;
import org.govsite.disclosure.RequestTracker;
import org.govsite.disclosure.DisclosureRules;
import org.govsite.disclosure.TopicTree;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Letter;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.MailboxTracker;
import org.govsite.interaction.PolicySet;
import org.govsite.interaction.PublicView;
import org.govsite.search.DisclosureDocuments;
import org.govsite.search.IndexState;
import org.govsite.search.LetterDocuments;
import org.govsite.search.PlainLanguageSynonyms;
import org.govsite.search.SearchDocument;
import org.govsite.search.SiteSearch;
import org.govsite.review.FreshnessListener;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewStages;
import org.govsite.review.ReviewStore;
import org.govsite.review.ReviewWorkflow;

/** Everything the portal runs on, built once from the configuration; the pages only read it. */
final class PortalContext implements AutoCloseable {
  /** Beijing time: the census and every deadline are judged on it. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  public final PortalConfig config;
  public final WorkingDayCalendar calendar;
  public final Screener screener;
  public final Mailbox mailbox;
  public final RequestStore requests;
  public final RequestTracker requestTracker;
  public final TopicTree topics;
  public final Catalogue catalogue;
  public final SiteSearch search;
  public final FreshnessTracker freshness;
  public final FreshnessPolicy freshnessPolicy;
  public final Site site;
  public final Tables tables;
  /** The staff accounts and the staff action log. */
  final StaffStore staff;
  /** The sign-in and status-lookup throttles. */
  final Throttles throttles;
  /** The three-level review (三审) every article and letter reply passes before it is public. */
  final ReviewWorkflow review;
  /** Where the review keeps its items: the dashboard lists them by state. */
  final ReviewStore reviewStore;
  /** The one connection pool every store and table borrows from; closed with the context. */
  private final HikariDataSource pool;

  public PortalContext(PortalConfig config) {
    this.config = config;
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new InvalidInputException("data.dir", "无法创建数据目录 / cannot create data directory " + config.dataDir()
          + ": " + e.getMessage());
    }
    WorkingDayCalendar.Builder cb = WorkingDayCalendar.builder();
    config.calendarFiles().forEach(cb::addFile);
    this.calendar = config.calendarFiles().isEmpty() ? WorkingDayCalendar.official() : cb.build();
    Dictionary dictionary = Dictionary.defaults();
    for (Path p : config.dictionaries()) {
      dictionary = dictionary.plus(Dictionary.load(p));
    }
    this.screener = Screener.builder().dictionary(dictionary).build();
    this.pool = PortalDatabase.open(config);
    try {
      this.tables = new Tables(pool);
      this.staff = new StaffStore(pool);
      this.throttles = new Throttles(this);
      MailboxTracker.Builder tb = MailboxTracker.builder().calendar(calendar);
      config.mailboxPolicy().ifPresent(p -> tb.policies(PolicySet.fromFile(p)));
      JdbcLetterStore store = JdbcLetterStore.builder().dataSource(pool).build();
      this.mailbox = Mailbox.builder().store(store).tracker(tb.build()).publicView(PublicView.standard()).build();
      // Requests live in the database beside the letters: a restart keeps them and their numbering.
      this.requests = RequestStore.jdbc(pool);
      this.requestTracker = RequestTracker.of(calendar, DisclosureRules.national());
      this.topics = TopicTree.govCn();
      this.freshnessPolicy = freshnessPolicy(config.freshnessPolicy());
      this.freshness = FreshnessTracker.create();
      Seeder seeder = new Seeder(this);
      this.site = seeder.site();
      this.freshness.addSite(site);
      seeder.seedDatabaseOnce(now());
      this.catalogue = seeder.catalogue();
      this.reviewStore = ReviewStore.jdbc(pool);
      // Before freshness and search are derived from the column items: make those match the review.
      List<String> converged = ReviewPublishing.converge(tables, reviewStore);
      if (!converged.isEmpty()) {
        System.out.printf("核对发布状态 / column items made to match the review: %s%n", converged);
      }
      this.freshness.load(tables.freshnessEvents(site.code()));
      this.search = openSearch(config.dataDir().resolve("index"));
      // Freshness first, the letter's mailbox steps last: the listeners after a failing one never
      // run, and the mailbox steps (a reply reaches the writer) are the ones an undo cannot take back.
      this.review = ReviewWorkflow.builder().store(reviewStore).stages(ReviewStages.standard()).screener(screener)
          .clock(java.time.Clock.system(BEIJING))
          .listener(FreshnessListener.of(freshness, site.code(), BEIJING))
          .listener(new ReviewPublishing.Articles(this))
          .listener(new ReviewPublishing.LetterReplies(this))
          .build();
      // Before serving: finish the publications and withdrawals a crash left claimed (the outbox).
      List<ReviewItem> resumed = review.resumeInterrupted();
      if (!resumed.isEmpty()) {
        System.out.printf("完成中断的发布或撤稿 / finished interrupted publications and withdrawals: %s%n",
            resumed.stream().map(i -> i.id() + " " + i.state().code()).toList());
      }
    } catch (RuntimeException e) {
      pool.close(); // the caller gets no context to close: give the database back here
      throw e;
    }
  }

  /**
   * Opens the search index, derived from the database: missing, locked, corrupt or stale (its
   * fingerprint is not that of the documents the database holds now) it is rebuilt beside and
   * switched in first, with a progress line; an index problem never stops the portal.
   */
  private SiteSearch openSearch(Path index) {
    List<SearchDocument> docs = documents();
    IndexState state = SiteSearch.inspect(index, SiteSearch.fingerprint(docs));
    if (state.needsRebuild()) {
      System.out.printf("重建搜索索引 / rebuilding the search index (%s): %,d documents …%n",
          state.name().toLowerCase(java.util.Locale.ROOT), docs.size());
      System.out.flush();
      SiteSearch.rebuildFolder(index, docs);
    }
    SiteSearch.Builder sb = SiteSearch.builder().folder(index);
    config.synonyms().ifPresent(p -> sb.synonyms(PlainLanguageSynonyms.load(p)));
    return sb.build();
  }

  private static FreshnessPolicy freshnessPolicy(String name) {
    if (name.endsWith(".json")) {
      return FreshnessPolicy.fromFile(Path.of(name));
    }
    return FreshnessPolicy.preset(name);
  }

  /** Returns what the search index holds: the catalogue, the column items and the published letters. */
  private List<SearchDocument> documents() {
    List<SearchDocument> docs = new ArrayList<>();
    catalogue.entries().forEach(e -> docs.add(DisclosureDocuments.of(e, topics, "/xxgk/entry?id=" + e.indexNumber())));
    for (Tables.Article a : tables.articles()) {
      docs.add(ReviewPublishing.document(this, a));
    }
    for (Letter l : mailbox.store().all()) {
      mailbox.publicView().of(l).ifPresent(p -> docs.add(LetterDocuments.of(p, "/xinxiang/letter?id=" + p.id())));
    }
    return docs;
  }

  /** Indexes one newly published letter. */
  public void index(Letter letter) {
    mailbox.publicView().of(letter).ifPresent(p -> {
      search.index(LetterDocuments.of(p, "/xinxiang/letter?id=" + p.id()));
      search.commit();
    });
  }

  /** Returns the current Beijing time, to the second. */
  public LocalDateTime now() {
    return LocalDateTime.now(BEIJING).withNano(0);
  }

  /** Returns today in Beijing. */
  public LocalDate today() {
    return LocalDate.now(BEIJING);
  }

  /** Opens a connection to the portal's database. */
  public Connection connect() throws SQLException {
    return tables.connect();
  }

  @Override
  public void close() {
    try {
      search.close();
    } finally {
      pool.close();
    }
  }
}
