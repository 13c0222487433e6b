package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.govsite.core.AccessDeniedException;
import org.govsite.core.ConflictException;
import org.govsite.core.UnavailableException;
import org.govsite.core.screening.Finding;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.Severity;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * The review workflow (三审流程): nothing is published until every stage has signed it off (RULES §5,
 * seed 000, 篇十: unit head → 办公室 → 保密 review).
 *
 * <p>The rules it enforces, each failure with a {@link ReviewErrorCode}:
 * <ul>
 *   <li>each stage needs its role ({@link ReviewErrorCode#ROLE_REQUIRED}); the author never decides
 *       a stage of their own item ({@link ReviewErrorCode#OWN_ITEM}); one person decides at most one
 *       stage of an item, over the item's whole life: whoever approved or rejected at one stage may
 *       decide that stage again after a resubmission, never another ({@link ReviewErrorCode#OTHER_STAGE_SIGNED});
 *   <li>screening runs at submission, resubmission and every approval: a {@code block} finding stops
 *       it ({@link ReviewErrorCode#CONTENT_BLOCKED}); every {@code review} finding must be acknowledged
 *       with a reason, by rule, when the secrecy stage approves ({@link ReviewErrorCode#ACKNOWLEDGEMENT_MISSING}),
 *       and a later stage refuses an item whose findings that approval did not cover
 *       ({@link ReviewErrorCode#FINDINGS_UNACKNOWLEDGED});
 *   <li>a rejection needs an opinion and returns the item to its author, who alone resubmits it;
 *       review starts again at the first stage, and acknowledgements of an earlier round no longer count;
 *   <li>the last approval publishes the item, a withdrawal (撤稿) with a reason takes it down: each
 *       first claims the change with a versioned write ({@link ReviewState#PUBLISHING},
 *       {@link ReviewState#WITHDRAWING}), so only one of several actors deciding at once runs the
 *       {@link PublicationListener}s, then the outcome is written; see there for failures, and
 *       {@link #resumeInterrupted()} for a crash in between;
 *   <li>every decision names the item's version ({@link ReviewErrorCode#ITEM_CHANGED} when stale)
 *       and appends one history entry (a publication or withdrawal a second one: its outcome).
 * </ul>
 *
 * <p>Thread-safe: it keeps no state of its own; the store's optimistic locking orders writers.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ReviewWorkflow {
  private final ReviewStore store;
  private final ReviewStages stages;
  private final ContentCheck content;
  private final Clock clock;
  private final Claims claims;
  private final String withdrawalRole;
  private final Supplier<String> ids;

  /** How long a lease on a claim lasts unless {@link Builder#leaseDuration} says otherwise. */
  public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);

  private ReviewWorkflow(Builder b) {
    this.store = Checks.notNull(b.store, "store");
    this.stages = b.stages;
    this.content = new ContentCheck(b.screener != null ? b.screener : Screener.standard());
    this.clock = b.clock;
    this.claims = new Claims(store, b.listeners, b.clock, b.owner, b.leaseDuration);
    this.withdrawalRole = b.withdrawalRole;
    this.ids = b.ids;
  }

  /** Returns a builder; a store is required, everything else has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the stages. */
  public ReviewStages stages() {
    return stages;
  }

  /**
   * Submits a draft (送审): screened, then waiting for the first stage.
   *
   * @throws org.govsite.core.GovSiteException with {@link ReviewErrorCode#CONTENT_BLOCKED} when screening blocks it
   */
  public ReviewItem submit(Actor actor, Draft draft) {
    Checks.notNull(actor, "actor");
    Checks.notNull(draft, "draft");
    content.requireNotBlocked(draft);
    Instant now = clock.instant();
    String id = ids.get();
    ReviewItem item = new ReviewItem(id, draft, actor.name(), ReviewState.IN_REVIEW, 0, 1, 0, now, now);
    return store.add(item, new ReviewEvent(id, 0, now, actor.name(), Decision.SUBMITTED, 1, "", "", Map.of()));
  }

  /** Approves without acknowledgements: {@link #approve(Actor, String, long, String, Map)} with none. */
  public ReviewItem approve(Actor actor, String id, long expectedVersion, String opinion) {
    return approve(actor, id, expectedVersion, opinion, Map.of());
  }

  /**
   * Signs off the stage the item waits for (通过); the last stage publishes it.
   *
   * @param acknowledgements at the secrecy stage: each {@code review} finding's rule ({@link Finding#rule()},
   *     see {@link #reviewFindings}) with the reason it may be published; empty at any other stage
   */
  public ReviewItem approve(Actor actor, String id, long expectedVersion, String opinion, Map<String, String> acknowledgements) {
    Checks.notNull(opinion, "opinion");
    Checks.notNull(acknowledgements, "acknowledgements");
    Pending p = pending(actor, id, expectedVersion);
    Set<String> rules = ContentCheck.rules(content.requireNotBlocked(p.item.draft()));
    Map<String, String> acks = Map.of();
    int secrecyIndex = stages.indexOf(stages.secrecyStage().name());
    if (p.stage.secrecyReview()) {
      acks = ContentCheck.acknowledged(rules, acknowledgements);
    } else {
      Checks.argument(acknowledgements.isEmpty(), "acknowledgements", "只有保密审查环节确认待审查内容",
          "only the secrecy review acknowledges findings");
      if (p.item.approvedStages() > secrecyIndex && !coveredThisRound(p, rules)) {
        throw new ConflictException(ReviewErrorCode.FINDINGS_UNACKNOWLEDGED, "有待审查内容未经保密审查确认，请退回 / review item "
            + id + " has review findings the secrecy review did not acknowledge in this round: reject it");
      }
    }
    int approved = p.item.approvedStages() + 1;
    boolean last = approved == stages.size();
    Instant now = clock.instant();
    ReviewItem next = p.item.next(p.item.draft(), ReviewState.IN_REVIEW, approved, p.item.round(), now);
    ReviewEvent e = new ReviewEvent(id, next.version(), now, actor.name(), Decision.APPROVED, next.round(), p.stage.name(),
        opinion.strip(), acks);
    if (!last) {
      return store.update(next, e);
    }
    // The claim: only the actor whose versioned write wins runs the listeners.
    ReviewItem claimed = store.update(p.item.next(p.item.draft(), ReviewState.PUBLISHING, approved, p.item.round(), now), e);
    // Only another instance's resumption can hold the lease already: it finishes the claim.
    return claims.completeLeased(claimed, false).orElseGet(() -> store.find(claimed.id()).orElse(claimed));
  }

  /** Sends the item back to its author with an opinion (退回); it waits in state {@link ReviewState#RETURNED}. */
  public ReviewItem reject(Actor actor, String id, long expectedVersion, String opinion) {
    Checks.notNull(opinion, "opinion");
    Checks.argument(!opinion.isBlank(), "opinion", "退回须写明意见", "a rejection needs an opinion");
    Pending p = pending(actor, id, expectedVersion);
    Instant now = clock.instant();
    ReviewItem next = p.item.next(p.item.draft(), ReviewState.RETURNED, 0, p.item.round(), now);
    return store.update(next, new ReviewEvent(id, next.version(), now, actor.name(), Decision.REJECTED, next.round(),
        p.stage.name(), opinion.strip(), Map.of()));
  }

  /** The author submits an edited text after a rejection (重新送审): screened again, back at the first stage. */
  public ReviewItem resubmit(Actor actor, String id, long expectedVersion, String title, String body) {
    Checks.notNull(actor, "actor");
    ReviewItem item = current(id, expectedVersion);
    requireState(item, ReviewState.RETURNED, "重新送审", "resubmit");
    if (!item.author().equals(actor.name())) {
      throw new AccessDeniedException(ReviewErrorCode.NOT_AUTHOR, "只有作者可以重新送审 / only the author resubmits review item " + id);
    }
    Draft edited = item.draft().withText(title, body);
    content.requireNotBlocked(edited);
    Instant now = clock.instant();
    ReviewItem next = item.next(edited, ReviewState.IN_REVIEW, 0, item.round() + 1, now);
    return store.update(next, new ReviewEvent(id, next.version(), now, actor.name(), Decision.RESUBMITTED, next.round(), "",
        "", Map.of()));
  }

  /** Takes a published item down with a reason (撤稿); needs the withdrawal role ({@code approver} unless set). */
  public ReviewItem withdraw(Actor actor, String id, long expectedVersion, String reason) {
    Checks.notNull(actor, "actor");
    Checks.notNull(reason, "reason");
    Checks.argument(!reason.isBlank(), "reason", "撤稿须写明理由", "a withdrawal needs a reason");
    ReviewItem item = current(id, expectedVersion);
    requireState(item, ReviewState.PUBLISHED, "撤稿", "withdraw");
    if (!actor.has(withdrawalRole)) {
      throw new AccessDeniedException(ReviewErrorCode.ROLE_REQUIRED, "撤稿需要角色 " + withdrawalRole + " / withdrawing needs the role "
          + withdrawalRole);
    }
    Instant now = clock.instant();
    ReviewItem claim = item.next(item.draft(), ReviewState.WITHDRAWING, item.approvedStages(), item.round(), now);
    ReviewItem claimed = store.update(claim, new ReviewEvent(id, claim.version(), now, actor.name(), Decision.WITHDRAWN,
        claim.round(), "", reason.strip(), Map.of()));
    // Only another instance's resumption can hold the lease already: it finishes the claim.
    return claims.completeLeased(claimed, false).orElseGet(() -> store.find(claimed.id()).orElse(claimed));
  }

  /**
   * Finishes the publications and withdrawals an interruption left claimed (中断恢复): a crash, or a
   * database outage, between the claim and the outcome. For each item in {@link ReviewState#PUBLISHING}
   * or {@link ReviewState#WITHDRAWING}, the listeners run again (they must accept hearing of one item
   * twice, see {@link PublicationListener}) and the outcome is written, as the interrupted decision
   * would have; a listener that fails now writes the item back as any failure does.
   *
   * <p>Each claim is finished only under its lease ({@link ReviewStore#lease}, {@link
   * Builder#owner}): a claim another live workflow is finishing (its lease not expired) is left to
   * it, and of several instances resuming at once exactly one finishes each claim. Call it at start
   * and then now and then (a claim whose instance died is free once its lease expires, {@link
   * Builder#leaseDuration}).
   *
   * @return the items finished here, as stored after, in the order they were added
   */
  public List<ReviewItem> resumeInterrupted() {
    List<ReviewItem> out = new ArrayList<>();
    List<ReviewItem> claimed = new ArrayList<>(store.list(ReviewState.PUBLISHING));
    claimed.addAll(store.list(ReviewState.WITHDRAWING));
    for (ReviewItem item : claimed) {
      try {
        claims.completeLeased(item, true).ifPresent(out::add);
      } catch (UnavailableException e) {
        if (e.code() != ReviewErrorCode.LISTENER_FAILED) {
          throw e;
        }
        out.add(store.find(item.id()).orElseThrow(() -> e));
      }
    }
    return out;
  }

  /**
   * Returns the items waiting for a stage the actor may decide (待审队列): the actor holds the stage's
   * role, is not the author and has decided no other stage of the item; longest waiting first.
   */
  public List<ReviewItem> queue(Actor actor) {
    Checks.notNull(actor, "actor");
    List<ReviewItem> out = new ArrayList<>();
    for (ReviewItem i : store.list(ReviewState.IN_REVIEW)) {
      Optional<ReviewStage> s = stages.at(i.approvedStages());
      if (s.isPresent() && actor.has(s.get().role()) && !i.author().equals(actor.name())
          && otherStageSigned(store.history(i.id()), actor, s.get()).isEmpty()) {
        out.add(i);
      }
    }
    out.sort(Comparator.comparing(ReviewItem::updated).thenComparing(ReviewItem::id));
    return out;
  }

  /** Returns the item, if stored. */
  public Optional<ReviewItem> find(String id) {
    return store.find(Checks.notNull(id, "id"));
  }

  /** Returns the item's history, oldest first (append-only); empty for an unknown id. */
  public List<ReviewEvent> history(String id) {
    return store.history(Checks.notNull(id, "id"));
  }

  /** Returns the stage the item waits for, or empty when it is not in review. */
  public Optional<ReviewStage> waitingStage(ReviewItem item) {
    Checks.notNull(item, "item");
    return item.state() == ReviewState.IN_REVIEW ? stages.at(item.approvedStages()) : Optional.empty();
  }

  /**
   * Returns the {@code review} findings of the item's current text: what the secrecy stage must
   * acknowledge, by {@link Finding#rule()}, before it approves. Empty when there are none.
   */
  public List<Finding> reviewFindings(String id) {
    ReviewItem item = store.find(Checks.notNull(id, "id")).orElseThrow(() -> StoreChecks.notFound(id));
    return content.findings(item.draft()).stream().filter(f -> f.severity() == Severity.REVIEW).toList();
  }

  /** Returns the queue figures now: waiting per stage, time per stage, the oldest waiting item. */
  public QueueStatistics statistics() {
    return Statistics.of(stages, store.list(ReviewState.IN_REVIEW), store.events(), clock.instant());
  }

  /** An item in review with the stage it waits for, after the checks that the actor may decide it. */
  private record Pending(ReviewItem item, ReviewStage stage, List<ReviewEvent> history) {}

  private Pending pending(Actor actor, String id, long expectedVersion) {
    Checks.notNull(actor, "actor");
    ReviewItem item = current(id, expectedVersion);
    requireState(item, ReviewState.IN_REVIEW, "审核", "decide");
    ReviewStage stage = stages.at(item.approvedStages()).orElseThrow(() -> wrongState(item, "审核", "decide"));
    if (!actor.has(stage.role())) {
      throw new AccessDeniedException(ReviewErrorCode.ROLE_REQUIRED, stage.name() + "需要角色 " + stage.role() + " / stage "
          + stage.name() + " needs the role " + stage.role());
    }
    if (item.author().equals(actor.name())) {
      throw new AccessDeniedException(ReviewErrorCode.OWN_ITEM, "不能审核本人提交的稿件 / nobody reviews their own item");
    }
    List<ReviewEvent> history = store.history(id);
    Optional<String> other = otherStageSigned(history, actor, stage);
    if (other.isPresent()) {
      throw new AccessDeniedException(ReviewErrorCode.OTHER_STAGE_SIGNED, "同一人只能审核稿件的一个环节，您已审核" + other.get()
          + " / one person decides one stage of an item, and you decided " + other.get());
    }
    return new Pending(item, stage, history);
  }

  /** Returns the stage other than {@code stage} that the actor already decided on this item, if any. */
  private static Optional<String> otherStageSigned(List<ReviewEvent> history, Actor actor, ReviewStage stage) {
    return history.stream()
        .filter(e -> (e.decision() == Decision.APPROVED || e.decision() == Decision.REJECTED) && e.actor().equals(actor.name())
            && !e.stage().equals(stage.name()))
        .map(ReviewEvent::stage).findFirst();
  }

  /** Whether the secrecy review's approval of the current round acknowledged every rule. */
  private boolean coveredThisRound(Pending p, Set<String> rules) {
    String secrecy = stages.secrecyStage().name();
    return p.history.stream()
        .filter(e -> e.decision() == Decision.APPROVED && e.round() == p.item.round() && e.stage().equals(secrecy))
        .anyMatch(e -> e.acknowledgements().keySet().containsAll(rules));
  }

  private ReviewItem current(String id, long expectedVersion) {
    Checks.notNull(id, "id");
    ReviewItem item = store.find(id).orElseThrow(() -> StoreChecks.notFound(id));
    if (item.version() != expectedVersion) {
      throw StoreChecks.changed(id);
    }
    return item;
  }

  private static void requireState(ReviewItem item, ReviewState state, String zh, String en) {
    if (item.state() != state) {
      throw wrongState(item, zh, en);
    }
  }

  private static ConflictException wrongState(ReviewItem item, String zh, String en) {
    return new ConflictException(ReviewErrorCode.WRONG_STATE, "稿件当前状态不能" + zh + " / review item " + item.id() + " is "
        + item.state().code() + ": cannot " + en + " it");
  }

  /** Builds a review workflow; each setting is checked as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable ReviewStore store;
    private ReviewStages stages = ReviewStages.standard();
    private @Nullable Screener screener;
    private Clock clock = Clock.systemUTC();
    private final List<PublicationListener> listeners = new ArrayList<>();
    private String withdrawalRole = ReviewStages.APPROVER;
    private Supplier<String> ids = () -> UUID.randomUUID().toString();
    private String owner = "workflow-" + UUID.randomUUID();
    private Duration leaseDuration = DEFAULT_LEASE;

    private Builder() {}

    /**
     * Names this workflow as the holder of the leases it takes (default a random name): give each
     * instance sharing a store a stable name of its own (a host and data directory), so that after a
     * crash the restarted instance takes back its claims at once instead of waiting for their leases
     * to expire. Two live workflows must never share a name.
     *
     * @since 0.2
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public Builder owner(String owner) {
      Checks.notNull(owner, "owner");
      Checks.argument(!owner.isBlank() && owner.length() <= 200, "owner", "须为 1–200 个字符", "must be 1..200 characters");
      this.owner = owner;
      return this;
    }

    /**
     * Sets how long a lease on a claim lasts (default 5 minutes): longer than the listeners take,
     * since another instance may finish the claim after it.
     *
     * @since 0.2
     */
    @API(status = EXPERIMENTAL, since = "0.2")
    public Builder leaseDuration(Duration duration) {
      Checks.notNull(duration, "leaseDuration");
      Checks.argument(!duration.isNegative() && !duration.isZero(), "leaseDuration", "须为正", "must be positive: " + duration);
      this.leaseDuration = duration;
      return this;
    }

    /** Sets where items and histories are kept (required): {@link ReviewStore#inMemory()} or {@link ReviewStore#jdbc}. */
    public Builder store(ReviewStore store) {
      this.store = Checks.notNull(store, "store");
      return this;
    }

    /** Sets the stages (default {@link ReviewStages#standard()}). */
    public Builder stages(ReviewStages stages) {
      this.stages = Checks.notNull(stages, "stages");
      return this;
    }

    /** Sets the screener run at every submission and decision (default {@link Screener#standard()}). */
    public Builder screener(Screener screener) {
      this.screener = Checks.notNull(screener, "screener");
      return this;
    }

    /** Sets the clock that dates every decision (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Checks.notNull(clock, "clock");
      return this;
    }

    /** Adds a publication listener; several run in the order added. */
    public Builder listener(PublicationListener listener) {
      listeners.add(Checks.notNull(listener, "listener"));
      return this;
    }

    /** Sets the role that may withdraw a published item (default {@value ReviewStages#APPROVER}). */
    public Builder withdrawalRole(String role) {
      Checks.notNull(role, "withdrawalRole");
      Checks.argument(!role.isBlank(), "withdrawalRole", "角色不能为空", "a role is required");
      this.withdrawalRole = role;
      return this;
    }

    /** Sets how item ids are made (default a random UUID, so ids reveal no count). */
    public Builder ids(Supplier<String> ids) {
      this.ids = Checks.notNull(ids, "ids");
      return this;
    }

    /** Builds the workflow. */
    public ReviewWorkflow build() {
      Checks.argument(store != null, "store", "须指定审核存储", "set a store: ReviewStore.inMemory() or ReviewStore.jdbc(dataSource)");
      return new ReviewWorkflow(this);
    }
  }
}
