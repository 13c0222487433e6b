package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.govsite.core.FieldError;
import org.govsite.core.identifiers.QueryCodes;
import org.govsite.core.support.Checks;

/**
 * A mailbox service (信箱): takes submissions, moves letters through their lifecycle with an audit
 * trail, and answers the writer's status queries and the public list.
 *
 * <pre>{@code
 * Mailbox mailbox = Mailbox.builder().store(JdbcLetterStore.h2File(Path.of("mailbox"))).build();
 * Letter l = mailbox.submit(submission, LocalDateTime.now());
 * l = mailbox.act(l.id(), l.version(), Transition.accept("张三", LocalDateTime.now()));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Mailbox {
  /**
   * Similarity at or above which a letter is flagged as a possible duplicate. Not from an official
   * text (RULES has none): a default to tune per site.
   */
  public static final double DEFAULT_DUPLICATE_THRESHOLD = 0.8;
  /** How far back a writer's letters are compared (calendar days); a default to tune per site. */
  public static final int DEFAULT_DUPLICATE_WINDOW_DAYS = 90;

  /** How many fresh ids {@link #submit} tries when the store says an id is taken. */
  static final int MAX_ID_ATTEMPTS = 10;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final LetterStore store;
  private final MailboxTracker tracker;
  private final SubmissionRules rules;
  private final PublicView view;
  private final DuplicateDetector duplicates;
  private final int windowDays;
  private final Supplier<String> ids;

  private Mailbox(Builder b) {
    this.store = b.store;
    this.tracker = b.tracker;
    this.rules = b.rules;
    this.view = b.view;
    this.duplicates = new DuplicateDetector(b.threshold);
    this.windowDays = b.windowDays;
    this.ids = b.ids;
  }

  private static String randomId() {
    String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    StringBuilder b = new StringBuilder("XX").append(LocalDate.now().format(DAY)).append('-');
    for (int i = 0; i < 8; i++) {
      b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** Returns a builder (in-memory store, standard tracker, default rules and public view). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates and stores a submission received at {@code at}, flagging possible duplicates of the
   * writer's recent letters (never rejecting them).
   *
   * @throws SubmissionException listing every field at fault
   */
  public Letter submit(Submission submission, LocalDateTime at) {
    rules.check(submission);
    Checks.notNull(at, "at");
    WriterContact contact = submission.contact();
    List<Letter> recent = store.byWriter(contact.writerKey(), at.minusDays(windowDays));
    Letter.Builder draft = Letter.builder()
        .queryCode(QueryCodes.next())
        .mailbox(submission.mailbox())
        .type(LetterType.parse(submission.type(), "type"))
        .subject(submission.subject())
        .body(submission.body())
        .contact(contact)
        .channel(submission.channel())
        .received(at)
        .writerWantsPrivacy(submission.keepPrivate())
        .duplicates(duplicates.flags(submission.subject(), submission.body(), recent));
    // The store's primary key refuses a taken id (ConcurrentUpdateException, nothing written): the
    // letter is then stored under a fresh id, so a collision of random ids never loses a letter
    // nor gives one id to two letters.
    for (int attempt = 1; ; attempt++) {
      Letter letter = draft.id(ids.get()).build();
      try {
        store.insert(letter);
        return letter;
      } catch (ConcurrentUpdateException e) {
        if (attempt >= MAX_ID_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Returns every fault of a submission under this mailbox's rules, without storing it. */
  public List<FieldError> validate(Submission submission) {
    return rules.validate(submission);
  }

  /**
   * Applies an action to the letter at the version the operator saw, recording who, when and why.
   *
   * @throws IllegalTransitionException when the letter's state does not allow the action
   * @throws ConcurrentUpdateException when someone else changed the letter since {@code expectedVersion}
   * @throws LetterNotFoundException when there is no such letter
   */
  public Letter act(String id, long expectedVersion, Transition transition) {
    Checks.notNull(transition, "transition");
    Letter current = store.find(Checks.notNull(id, "id")).orElseThrow(() -> new LetterNotFoundException(id));
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException(id, expectedVersion, "stored version is " + current.version());
    }
    Letter next = Lifecycle.apply(current, transition);
    store.update(next, expectedVersion);
    return next;
  }

  /** Returns the letter with this id. */
  public Optional<Letter> find(String id) {
    return store.find(Checks.notNull(id, "id"));
  }

  /**
   * Returns the status for the writer, when the id and the query code match ({@link QueryCodes#matches}:
   * constant time, case ignored). Letters get a {@link QueryCodes#LENGTH}-character code; the 6-digit
   * codes of letters stored before stay valid for those letters, and a letter stored without a code
   * matches none.
   */
  public Optional<LetterStatus> status(String id, String queryCode) {
    Checks.notNull(queryCode, "queryCode");
    return find(id).filter(l -> QueryCodes.matches(l.queryCode(), queryCode))
        .map(l -> {
          ReplyDeadline d = tracker.deadline(l);
          return new LetterStatus(l.id(), l.state().code(), l.state().chinese(), l.received(), d.date(), d.provisional(), l.reply());
        });
  }

  /** Returns a page (1-based) of published letters in their public, masked form. */
  public PublishedPage published(int page, int size) {
    Checks.argument(page >= 1, "page", "页码从 1 开始", "page starts at 1: " + page);
    Checks.argument(size >= 1 && size <= 100, "size", "每页 1–100 条", "size must be 1..100: " + size);
    // (page - 1) * size overflows int for a page number from a URL like ?page=2147483647.
    long offset = (long) (page - 1) * size;
    Checks.argument(offset <= Integer.MAX_VALUE, "page", "页码过大", "page is too large: " + page);
    List<PublicLetter> letters = store.published((int) offset, size).stream()
        .map(view::of).flatMap(Optional::stream).toList();
    return new PublishedPage(page, size, store.countPublished(), letters);
  }

  /** Returns the report for letters received from {@code from} to {@code to}, judged at {@code at}. */
  public MailboxStatistics statistics(LocalDate from, LocalDate to, LocalDateTime at) {
    return tracker.statistics(store.all(), from, to, at);
  }

  /** Returns an index of the letters awaiting a reply, for overdue and chase-list queries. */
  public LetterIndex index() {
    return tracker.index(store.all());
  }

  /** Returns the deadline tracker. */
  public MailboxTracker tracker() {
    return tracker;
  }

  /** Returns the public view. */
  public PublicView publicView() {
    return view;
  }

  /** Returns the store. */
  public LetterStore store() {
    return store;
  }

  /** Builds a mailbox service; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private LetterStore store = new InMemoryLetterStore();
    private MailboxTracker tracker = MailboxTracker.standard();
    private SubmissionRules rules = SubmissionRules.defaults();
    private PublicView view = PublicView.standard();
    private double threshold = DEFAULT_DUPLICATE_THRESHOLD;
    private int windowDays = DEFAULT_DUPLICATE_WINDOW_DAYS;
    private Supplier<String> ids = Mailbox::randomId;

    private Builder() {}

    /** Sets the store. */
    public Builder store(LetterStore store) {
      this.store = Checks.notNull(store, "store");
      return this;
    }

    /** Sets the deadline tracker. */
    public Builder tracker(MailboxTracker tracker) {
      this.tracker = Checks.notNull(tracker, "tracker");
      return this;
    }

    /** Sets the submission rules. */
    public Builder rules(SubmissionRules rules) {
      this.rules = Checks.notNull(rules, "rules");
      return this;
    }

    /** Sets the public view (and so the personal-data masker). */
    public Builder publicView(PublicView view) {
      this.view = Checks.notNull(view, "publicView");
      return this;
    }

    /** Sets the similarity (0.5–1) at or above which a letter is flagged as a possible duplicate. */
    public Builder duplicateThreshold(double threshold) {
      Checks.argument(threshold >= 0.5 && threshold <= 1, "duplicateThreshold", "须在 0.5–1 之间",
          "duplicateThreshold must be 0.5..1: " + threshold);
      this.threshold = threshold;
      return this;
    }

    /** Sets how many calendar days back a writer's letters are compared (1–3660). */
    public Builder duplicateWindowDays(int days) {
      Checks.argument(days >= 1 && days <= 3660, "duplicateWindowDays", "须为 1–3660 天",
          "duplicateWindowDays must be 1..3660: " + days);
      this.windowDays = days;
      return this;
    }

    /**
     * Sets how ids are made (default: {@code XX<yyyymmdd>-<8 random characters>}). When the store
     * already holds an id, {@code submit} asks for another, up to 10 times.
     */
    public Builder ids(Supplier<String> ids) {
      this.ids = Checks.notNull(ids, "ids");
      return this;
    }

    /** Builds the service. */
    public Mailbox build() {
      return new Mailbox(this);
    }
  }
}
