package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A letter to a mailbox (来信) with its state and full history; immutable.
 *
 * <p>{@link Mailbox} moves letters through their lifecycle; {@link #builder()} exists for stores
 * and imports that restore letters as they were.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Letter {
  private final String id;
  private final String queryCode;
  private final String mailbox;
  private final LetterType type;
  private final String subject;
  private final String body;
  private final WriterContact contact;
  private final String channel;
  private final LocalDateTime received;
  private final LetterState state;
  private final String department;
  private final HandlingMode mode;
  private final boolean writerWantsPrivacy;
  private final PublicationDecision publication;
  private final @Nullable PublicCopy publicCopy;
  private final String reply;
  private final @Nullable Rating rating;
  private final List<DuplicateFlag> duplicates;
  private final List<HistoryEntry> history;
  private final long version;

  private Letter(Builder b) {
    this.id = Checks.notNull(b.id, "id");
    this.queryCode = b.queryCode;
    this.mailbox = Checks.notNull(b.mailbox, "mailbox");
    this.type = Checks.notNull(b.type, "type");
    this.subject = b.subject;
    this.body = b.body;
    this.contact = b.contact;
    this.channel = b.channel;
    this.received = Checks.notNull(b.received, "received");
    this.state = b.state;
    this.department = b.department;
    this.mode = b.mode;
    this.writerWantsPrivacy = b.writerWantsPrivacy;
    this.publication = b.publication;
    this.publicCopy = b.publicCopy;
    this.reply = b.reply;
    this.rating = b.rating;
    this.duplicates = List.copyOf(b.duplicates);
    this.history = List.copyOf(b.history);
    this.version = b.version;
  }

  /** Returns a builder for a letter (for stores and imports). */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this letter's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.queryCode = queryCode;
    b.mailbox = mailbox;
    b.type = type;
    b.subject = subject;
    b.body = body;
    b.contact = contact;
    b.channel = channel;
    b.received = received;
    b.state = state;
    b.department = department;
    b.mode = mode;
    b.writerWantsPrivacy = writerWantsPrivacy;
    b.publication = publication;
    b.publicCopy = publicCopy;
    b.reply = reply;
    b.rating = rating;
    b.duplicates = new ArrayList<>(duplicates);
    b.history = new ArrayList<>(history);
    b.version = version;
    return b;
  }

  /** Returns the letter's id (信件编号). */
  public String id() {
    return id;
  }

  /** Returns the query code (查询码) the writer uses with the id to see the status. */
  public String queryCode() {
    return queryCode;
  }

  /** Returns the mailbox, e.g. 县长信箱. */
  public String mailbox() {
    return mailbox;
  }

  /** Returns the letter type. */
  public LetterType type() {
    return type;
  }

  /** Returns the subject as the writer wrote it. */
  public String subject() {
    return subject;
  }

  /** Returns the body as the writer wrote it. */
  public String body() {
    return body;
  }

  /** Returns the writer's contact details (personal data). */
  public WriterContact contact() {
    return contact;
  }

  /** Returns the channel it came by, e.g. {@code web}, {@code wechat}, {@code 12345}. */
  public String channel() {
    return channel;
  }

  /** Returns when it was received (the deadline counts from this day). */
  public LocalDateTime received() {
    return received;
  }

  /** Returns the current state. */
  public LetterState state() {
    return state;
  }

  /** Returns the handling department, "" while none is assigned. */
  public String department() {
    return department;
  }

  /** Returns the handling mode (自办 until assigned otherwise). */
  public HandlingMode mode() {
    return mode;
  }

  /** Returns whether the writer asked to keep the letter private (来信人不愿公开). */
  public boolean writerWantsPrivacy() {
    return writerWantsPrivacy;
  }

  /** Returns the office's decision to publish. */
  public PublicationDecision publication() {
    return publication;
  }

  /** Returns the staff-edited public copy, when one was made. */
  public Optional<PublicCopy> publicCopy() {
    return Optional.ofNullable(publicCopy);
  }

  /** Returns the latest reply text, "" before any reply. */
  public String reply() {
    return reply;
  }

  /** Returns the writer's rating, when given. */
  public Optional<Rating> rating() {
    return Optional.ofNullable(rating);
  }

  /** Returns the possible duplicates flagged on submission. */
  public List<DuplicateFlag> duplicates() {
    return duplicates;
  }

  /** Returns the full history, oldest first. */
  public List<HistoryEntry> history() {
    return history;
  }

  /** Returns the version used for optimistic locking; it grows by one with every history entry. */
  public long version() {
    return version;
  }

  /** Returns whether the letter was rejected (不予受理). */
  public boolean rejected() {
    return state == LetterState.REJECTED;
  }

  /** Returns whether the letter was published (公开) at some point. */
  public boolean published() {
    return history.stream().anyMatch(e -> e.action() == LetterAction.PUBLISH);
  }

  /**
   * Returns whether the public may see the letter now (公开可见): published, the office's decision
   * still to publish (a later decision to withhold takes it down), and not rejected.
   */
  public boolean visibleToPublic() {
    return published() && publication == PublicationDecision.PUBLISH && !rejected();
  }

  /** Returns the time of the first reply recorded at or before {@code at}. */
  public Optional<LocalDateTime> firstReplyAt(LocalDateTime at) {
    for (HistoryEntry e : history) {
      if (e.at().isAfter(at)) {
        break;
      }
      if (e.action() == LetterAction.REPLY) {
        return Optional.of(e.at());
      }
    }
    return Optional.empty();
  }

  /** Returns the time of the first reply ever recorded. */
  public Optional<LocalDateTime> firstReplyAt() {
    return firstReplyAt(LocalDateTime.MAX);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Letter l && l.id.equals(id) && l.version == version && l.state == state
        && l.history.equals(history) && l.department.equals(department) && l.subject.equals(subject)
        && l.body.equals(body) && l.contact.equals(contact) && Objects.equals(l.publicCopy, publicCopy)
        && l.reply.equals(reply) && Objects.equals(l.rating, rating) && l.publication == publication
        && l.writerWantsPrivacy == writerWantsPrivacy && l.mode == mode && l.duplicates.equals(duplicates)
        && l.mailbox.equals(mailbox) && l.type == type && l.channel.equals(channel)
        && l.received.equals(received) && l.queryCode.equals(queryCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, state);
  }

  @Override
  public String toString() {
    // Never print the contact details or the body: toString ends up in logs.
    return "Letter[id=" + id + ", mailbox=" + mailbox + ", type=" + type.code() + ", state=" + state.code()
        + ", department=" + department + ", received=" + received + ", version=" + version + "]";
  }

  /** Builds a letter; every setting is checked, {@link #build()} checks the combination. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable String id;
    private String queryCode = "";
    private @Nullable String mailbox;
    private @Nullable LetterType type;
    private String subject = "";
    private String body = "";
    private WriterContact contact = WriterContact.none();
    private String channel = "web";
    private @Nullable LocalDateTime received;
    private LetterState state = LetterState.RECEIVED;
    private String department = "";
    private HandlingMode mode = HandlingMode.SELF;
    private boolean writerWantsPrivacy;
    private PublicationDecision publication = PublicationDecision.UNDECIDED;
    private @Nullable PublicCopy publicCopy;
    private String reply = "";
    private @Nullable Rating rating;
    private List<DuplicateFlag> duplicates = new ArrayList<>();
    private List<HistoryEntry> history = new ArrayList<>();
    private long version;

    private Builder() {}

    /** Sets the id (required, not blank). */
    public Builder id(String id) {
      Checks.notNull(id, "id");
      Checks.argument(!id.isBlank(), "id", "编号不能为空", "the id must not be blank");
      this.id = id;
      return this;
    }

    /** Sets the query code. */
    public Builder queryCode(String queryCode) {
      this.queryCode = Checks.notNull(queryCode, "queryCode");
      return this;
    }

    /** Sets the mailbox (required, not blank). */
    public Builder mailbox(String mailbox) {
      Checks.notNull(mailbox, "mailbox");
      Checks.argument(!mailbox.isBlank(), "mailbox", "信箱不能为空", "the mailbox must not be blank");
      this.mailbox = mailbox;
      return this;
    }

    /** Sets the type (required). */
    public Builder type(LetterType type) {
      this.type = Checks.notNull(type, "type");
      return this;
    }

    /** Sets the subject. */
    public Builder subject(String subject) {
      this.subject = Checks.notNull(subject, "subject");
      return this;
    }

    /** Sets the body. */
    public Builder body(String body) {
      this.body = Checks.notNull(body, "body");
      return this;
    }

    /** Sets the contact details. */
    public Builder contact(WriterContact contact) {
      this.contact = Checks.notNull(contact, "contact");
      return this;
    }

    /** Sets the channel. */
    public Builder channel(String channel) {
      this.channel = Checks.notNull(channel, "channel");
      return this;
    }

    /** Sets when the letter was received (required). */
    public Builder received(LocalDateTime received) {
      this.received = Checks.notNull(received, "received");
      return this;
    }

    /** Sets the state. */
    public Builder state(LetterState state) {
      this.state = Checks.notNull(state, "state");
      return this;
    }

    /** Sets the handling department ("" for none). */
    public Builder department(String department) {
      this.department = Checks.notNull(department, "department").strip();
      return this;
    }

    /** Sets the handling mode. */
    public Builder mode(HandlingMode mode) {
      this.mode = Checks.notNull(mode, "mode");
      return this;
    }

    /** Sets the writer's wish to keep the letter private. */
    public Builder writerWantsPrivacy(boolean writerWantsPrivacy) {
      this.writerWantsPrivacy = writerWantsPrivacy;
      return this;
    }

    /** Sets the office's publication decision. */
    public Builder publication(PublicationDecision publication) {
      this.publication = Checks.notNull(publication, "publication");
      return this;
    }

    /** Sets the redacted public copy. */
    public Builder publicCopy(PublicCopy publicCopy) {
      this.publicCopy = Checks.notNull(publicCopy, "publicCopy");
      return this;
    }

    /** Sets the latest reply text. */
    public Builder reply(String reply) {
      this.reply = Checks.notNull(reply, "reply");
      return this;
    }

    /** Sets the writer's rating. */
    public Builder rating(Rating rating) {
      this.rating = Checks.notNull(rating, "rating");
      return this;
    }

    /** Sets the possible duplicates. */
    public Builder duplicates(List<DuplicateFlag> duplicates) {
      this.duplicates = new ArrayList<>(Checks.notNull(duplicates, "duplicates"));
      return this;
    }

    /** Sets the history, oldest first; sequence numbers must run 1, 2, 3 … */
    public Builder history(List<HistoryEntry> history) {
      this.history = new ArrayList<>(Checks.notNull(history, "history"));
      return this;
    }

    /** Sets the version. */
    public Builder version(long version) {
      Checks.argument(version >= 0, "version", "版本号不能为负数", "version must not be negative: " + version);
      this.version = version;
      return this;
    }

    /** Builds the letter. */
    public Letter build() {
      Checks.notNull(id, "id");
      Checks.notNull(mailbox, "mailbox");
      Checks.notNull(type, "type");
      Checks.notNull(received, "received");
      Checks.argument(version == history.size(), "version", "版本号须等于办理记录条数",
          "the version must equal the number of history entries: " + version + " vs " + history.size());
      for (int i = 0; i < history.size(); i++) {
        Checks.argument(history.get(i).seq() == i + 1, "history[" + i + "].seq", "办理记录序号不连续",
            "history sequence numbers must run 1, 2, 3 …");
      }
      return new Letter(this);
    }
  }
}
