package org.govsite.review;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.govsite.core.ConflictException;
import org.govsite.core.UnavailableException;

/**
 * Finishes a claimed publication or withdrawal (发布/撤稿的认领与完成), the outbox of the workflow.
 *
 * <p>The last approval and a withdrawal first write the item in a claimed state ({@link
 * ReviewState#PUBLISHING}, {@link ReviewState#WITHDRAWING}) with the decision's history entry, a
 * versioned write: only its winner gets here, so side effects run once per decision and a loser
 * touches nothing. Here the listeners run, then the final state is written with an outcome entry
 * ({@link Decision#PUBLISHED}, {@link Decision#TAKEN_DOWN}). When a listener fails, those that ran
 * are told the opposite and the item is written back (versioned) to where it stood, with
 * {@link Decision#PUBLICATION_FAILED} or {@link Decision#WITHDRAWAL_FAILED}. A crash leaves the claim
 * in the store, and {@link ReviewWorkflow#resumeInterrupted()} brings it here again.
 *
 * <p>Whoever finishes a claim first takes its lease ({@link ReviewStore#lease}): the winner of the
 * claim at once, a resumption only when no live workflow holds it. So when several instances share
 * the store, a claim one of them is finishing is never finished a second time by another's
 * resumption, and one a crash left is finished by exactly one.
 */
final class Claims {
  /** The longest failure message kept in the history (an opinion holds at most {@link ReviewEvent#MAX_OPINION}). */
  private static final int MAX_MESSAGE = 1000;
  /** The opinion of an outcome entry written by {@link ReviewWorkflow#resumeInterrupted()}. */
  static final String RESUMED = "中断后恢复完成 / finished after an interruption";

  private final ReviewStore store;
  private final List<PublicationListener> listeners;
  private final Clock clock;
  private final String owner;
  private final Duration lease;
  /** The claims this workflow is finishing now: a resumption here must not take one over (same owner). */
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  Claims(ReviewStore store, List<PublicationListener> listeners, Clock clock, String owner, Duration lease) {
    this.store = store;
    this.listeners = List.copyOf(listeners);
    this.clock = clock;
    this.owner = owner;
    this.lease = lease;
  }

  /**
   * Takes the claim's lease ({@link ReviewStore#lease}) and finishes it; empty when another workflow
   * holds the lease (it is finishing the claim, on this store or another instance on the same data)
   * or this one is finishing it already.
   *
   * @throws UnavailableException as {@link #complete}
   */
  Optional<ReviewItem> completeLeased(ReviewItem claimed, boolean resumed) {
    if (!inFlight.add(claimed.id())) {
      return Optional.empty();
    }
    try {
      Instant now = clock.instant();
      if (!store.lease(claimed.id(), claimed.version(), owner, now, now.plus(lease))) {
        return Optional.empty();
      }
      return Optional.of(complete(claimed, resumed));
    } finally {
      inFlight.remove(claimed.id());
    }
  }

  /**
   * Runs the listeners for {@code claimed} and writes the outcome; returns the item as stored after.
   *
   * @param resumed whether this finishes a claim an interruption left (the outcome entry says so)
   * @throws UnavailableException with {@link ReviewErrorCode#LISTENER_FAILED} when a listener failed
   *     (the item is back where it stood before the claim)
   */
  ReviewItem complete(ReviewItem claimed, boolean resumed) {
    boolean publishing = claimed.state() == ReviewState.PUBLISHING;
    List<ReviewEvent> history = store.history(claimed.id());
    ReviewEvent claim = history.get(history.size() - 1);
    // What the listeners see is what will be stored: the final state, dated with the decision.
    ReviewItem done = claimed.next(claimed.draft(), publishing ? ReviewState.PUBLISHED : ReviewState.WITHDRAWN,
        claimed.approvedStages(), claimed.round(), claimed.updated());
    List<PublicationListener> ran = new ArrayList<>();
    for (PublicationListener l : listeners) {
      try {
        if (publishing) {
          l.published(done);
        } else {
          l.withdrawn(done, claim.opinion());
        }
        ran.add(l);
      } catch (RuntimeException e) {
        throw fail(claimed, claim, history, ran, done, e);
      }
    }
    return write(done, new ReviewEvent(claimed.id(), done.version(), clock.instant(), claim.actor(),
        publishing ? Decision.PUBLISHED : Decision.TAKEN_DOWN, done.round(), "", resumed ? RESUMED : "", Map.of()));
  }

  /** Undoes the listeners that ran, writes the item back to where it stood, and returns the failure to throw. */
  private UnavailableException fail(ReviewItem claimed, ReviewEvent claim, List<ReviewEvent> history,
      List<PublicationListener> ran, ReviewItem done, RuntimeException cause) {
    boolean publishing = claimed.state() == ReviewState.PUBLISHING;
    ReviewItem back = publishing
        // Waits for its last stage again, since the approval that failed to publish.
        ? claimed.next(claimed.draft(), ReviewState.IN_REVIEW, claimed.approvedStages() - 1, claimed.round(), claimed.updated())
        // Published as before, dated with its publication, so an undo republishes it unchanged.
        : claimed.next(claimed.draft(), ReviewState.PUBLISHED, claimed.approvedStages(), claimed.round(), publishedAt(history, claimed));
    undo(ran, cause, publishing ? u -> u.withdrawn(done, PublicationListener.UNDONE) : u -> u.published(back));
    String message = String.valueOf(cause.getMessage());
    String opinion = (publishing ? "发布联动失败，已撤回 / a listener failed, publication undone: "
        : "撤稿联动失败，已恢复发布 / a listener failed, withdrawal undone: ")
        + (message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
    try {
      write(back, new ReviewEvent(claimed.id(), back.version(), clock.instant(), claim.actor(),
          publishing ? Decision.PUBLICATION_FAILED : Decision.WITHDRAWAL_FAILED, back.round(), "", opinion, Map.of()));
    } catch (RuntimeException w) {
      // The claim stays: resumeInterrupted() finishes it later.
      cause.addSuppressed(w);
    }
    String zh = publishing ? "发布" : "撤稿";
    return new UnavailableException(ReviewErrorCode.LISTENER_FAILED, zh + "联动失败，已恢复原状，请稍后再试 / a listener failed "
        + (publishing ? "publishing" : "withdrawing") + " review item " + claimed.id()
        + ", it is back where it was, try again later: " + message, cause);
  }

  /** When the item was published: the time of the approval that claimed its publication. */
  private static Instant publishedAt(List<ReviewEvent> history, ReviewItem claimed) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).decision() == Decision.APPROVED) {
        return history.get(i).at();
      }
    }
    return claimed.updated();
  }

  /**
   * The versioned final write. Losing it means someone else finished this claim (a resumption
   * elsewhere): what they stored stands, and nothing is undone.
   */
  private ReviewItem write(ReviewItem next, ReviewEvent event) {
    try {
      return store.update(next, event);
    } catch (ConflictException e) {
      if (e.code() != ReviewErrorCode.ITEM_CHANGED) {
        throw e;
      }
      return store.find(next.id()).orElseThrow(() -> e);
    }
  }

  /** Undoes in reverse order; an undo that fails is kept as suppressed on the failure that caused it. */
  private static void undo(List<PublicationListener> ran, RuntimeException cause, Consumer<PublicationListener> action) {
    for (int i = ran.size() - 1; i >= 0; i--) {
      try {
        action.accept(ran.get(i));
      } catch (RuntimeException u) {
        cause.addSuppressed(u);
      }
    }
  }
}
