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
import java.util.Optional;
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
import org.govsite.search.LetterDocuments;
import org.govsite.search.SearchDocument;
import org.govsite.search.SiteSearch;
import org.govsite.review.FreshnessListener;
import org.govsite.review.PublicationListener;
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
  /** The OpenSearch connection with {@code search.backend=opensearch} (nothing to close otherwise). */
  private final AutoCloseable searchConnection;
  /** Keeps {@link #search} in step with changes other instances make (nothing to do with a shared index). */
  final SearchSync searchSync;
  /** The freshness of the columns: derived from the column items, reloaded when another instance changed them. */
  private volatile FreshnessTracker freshness;
  public final FreshnessPolicy freshnessPolicy;
  public final Site site;
  public final Tables tables;
  /** The staff accounts and the staff action log. */
  final StaffStore staff;
  /** The staff sessions, in the database: every instance knows them. */
  final StaffSessions sessions;
  /** Values every instance shares (the form token secret). */
  final SharedSettings settings;
  /** Locks across every instance on the database. */
  final PortalLocks locks;
  /** This instance's name, stable across restarts of its data directory: the holder of its review leases. */
  final String instance;
  /** The sign-in and status-lookup throttles. */
  final Throttles throttles;
  /** The three-level review (三审) every article and letter reply passes before it is public. */
  final ReviewWorkflow review;
  /** Where the review keeps its items: the dashboard lists them by state. */
  final ReviewStore reviewStore;
  /** The jobs that run now and then (finish interrupted claims, catch up search, purge). */
  private final PortalJobs jobs;
  /** The one connection pool every store and table borrows from; closed with the context. */
  private final HikariDataSource pool;
  /** What the review resumed at start (tests: which instance finished an interrupted claim). */
  final List<ReviewItem> resumedAtStart;

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
    this.instance = PortalInstance.name(config.dataDir());
    this.pool = PortalDatabase.open(config);
    PortalJobs started = null;
    try {
      this.locks = new PortalLocks(pool);
      SearchChanges changes;
      // Several instances starting at once on one database: one creates the tables and seeds an empty
      // database, the others wait and find both done (PostgreSQL's CREATE TABLE IF NOT EXISTS is not
      // safe against a concurrent one, and seeding twice would double the demo content).
      try (PortalLocks.Held start = locks.hold("start")) {
        this.tables = new Tables(pool);
        this.staff = new StaffStore(pool);
        this.sessions = new StaffSessions(pool, java.time.Duration.ofMinutes(config.sessionIdleMinutes()));
        this.settings = new SharedSettings(pool);
        this.throttles = new Throttles(this, pool);
        changes = new SearchChanges(pool);
        MailboxTracker.Builder tb = MailboxTracker.builder().calendar(calendar);
        config.mailboxPolicy().ifPresent(p -> tb.policies(PolicySet.fromFile(p)));
        JdbcLetterStore store = JdbcLetterStore.builder().dataSource(pool).build();
        this.mailbox = Mailbox.builder().store(store).tracker(tb.build()).publicView(PublicView.standard()).build();
        // Requests live in the database beside the letters: a restart keeps them and their numbering.
        this.requests = RequestStore.jdbc(pool);
        this.requestTracker = RequestTracker.of(calendar, DisclosureRules.national());
        this.topics = TopicTree.govCn();
        this.freshnessPolicy = freshnessPolicy(config.freshnessPolicy());
        Seeder seeder = new Seeder(this);
        this.site = seeder.site();
        seeder.seedDatabaseOnce(now());
        this.catalogue = seeder.catalogue();
        this.reviewStore = ReviewStore.jdbc(pool);
        // Before freshness and search are derived from the column items: make those match the review.
        List<String> converged = ReviewPublishing.converge(tables, reviewStore);
        if (!converged.isEmpty()) {
          System.out.printf("核对发布状态 / column items made to match the review: %s%n", converged);
        }
      }
      this.freshness = loadFreshness();
      // Read before the documents: a change made meanwhile is applied again by the first catch-up.
      long seen = changes.latest();
      PortalSearch.Opened opened = PortalSearch.open(config, locks, this::documents);
      this.search = opened.search();
      this.searchConnection = opened.connection();
      this.searchSync = new SearchSync(search, changes, locks, PortalSearch.lockName(config),
          config.search().backend() == PortalConfig.SearchBackendKind.OPENSEARCH,
          seen, this::document, this::documents, () -> this.freshness = loadFreshness());
      // Freshness first, the letter's mailbox steps last: the listeners after a failing one never
      // run, and the mailbox steps (a reply reaches the writer) are the ones an undo cannot take back.
      this.review = ReviewWorkflow.builder().store(reviewStore).stages(ReviewStages.standard()).screener(screener)
          .clock(java.time.Clock.system(BEIJING)).owner(instance)
          .listener(new PublicationListener() {
            @Override
            public void published(ReviewItem item) {
              FreshnessListener.of(freshness, site.code(), BEIJING).published(item);
            }

            @Override
            public void withdrawn(ReviewItem item, String reason) {
              FreshnessListener.of(freshness, site.code(), BEIJING).withdrawn(item, reason);
            }
          })
          .listener(new ReviewPublishing.Articles(this))
          .listener(new ReviewPublishing.LetterReplies(this))
          .build();
      // Before serving: finish the publications and withdrawals a crash left claimed (the outbox);
      // under their leases, so of instances starting at once one finishes each.
      this.resumedAtStart = review.resumeInterrupted();
      if (!resumedAtStart.isEmpty()) {
        System.out.printf("完成中断的发布或撤稿 / finished interrupted publications and withdrawals: %s%n",
            resumedAtStart.stream().map(i -> i.id() + " " + i.state().code()).toList());
      }
      started = new PortalJobs(this, pool, changes);
      this.jobs = started;
    } catch (RuntimeException e) {
      if (started != null) {
        started.close();
      }
      pool.close(); // the caller gets no context to close: give the database back here
      throw e;
    }
  }

  private FreshnessTracker loadFreshness() {
    FreshnessTracker t = FreshnessTracker.create();
    t.addSite(site);
    t.load(tables.freshnessEvents(site.code()));
    return t;
  }

  /** Returns the column freshness tracker in force. */
  FreshnessTracker freshness() {
    return freshness;
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
    catalogue.entries().forEach(e -> docs.add(catalogueDocument(e)));
    for (Tables.Article a : tables.articles()) {
      docs.add(ReviewPublishing.document(this, a));
    }
    for (Letter l : mailbox.store().all()) {
      mailbox.publicView().of(l).ifPresent(p -> docs.add(LetterDocuments.of(p, "/xinxiang/letter?id=" + p.id())));
    }
    return docs;
  }

  private SearchDocument catalogueDocument(org.govsite.disclosure.CatalogueEntry e) {
    return DisclosureDocuments.of(e, topics, "/xxgk/entry?id=" + e.indexNumber());
  }

  /** Returns the search document {@code id} stands for now (a column item, a published letter, a catalogue entry), if any. */
  private Optional<SearchDocument> document(String id) {
    Optional<Tables.Article> a = tables.article(id);
    if (a.isPresent()) {
      return Optional.of(ReviewPublishing.document(this, a.get()));
    }
    Optional<Letter> l = mailbox.find(id);
    if (l.isPresent()) {
      return mailbox.publicView().of(l.get()).map(p -> LetterDocuments.of(p, "/xinxiang/letter?id=" + p.id()));
    }
    return catalogue.entry(id).map(this::catalogueDocument);
  }

  /** The searchable content {@code id} changed (published, replied, withdrawn): its search document follows, on every instance. */
  void searchChanged(String id) {
    searchSync.changed(id);
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
      jobs.close();
      search.close();
      searchConnection.close();
    } catch (Exception e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException("closing the search connection", e);
    } finally {
      pool.close();
    }
  }
}
