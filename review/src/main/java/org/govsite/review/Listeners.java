package org.govsite.review;

import java.util.ArrayList;
import java.util.List;
import org.govsite.core.UnavailableException;

/**
 * Runs the publication listeners before the store write and undoes them when a listener or the
 * write fails (see {@link PublicationListener}): the store never records a publication or a
 * withdrawal that the listeners did not all carry out.
 */
final class Listeners {
  private final List<PublicationListener> listeners;

  Listeners(List<PublicationListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /** Tells every listener {@code published} about {@code item}, then runs the write. */
  ReviewItem publish(ReviewItem item, Write write) {
    List<PublicationListener> done = new ArrayList<>();
    for (PublicationListener l : listeners) {
      try {
        l.published(item);
        done.add(l);
      } catch (RuntimeException e) {
        undo(done, e, u -> u.withdrawn(item, PublicationListener.UNDONE));
        throw failed("发布", "publishing", item, e);
      }
    }
    try {
      return write.run();
    } catch (RuntimeException e) {
      undo(done, e, u -> u.withdrawn(item, PublicationListener.UNDONE));
      throw e;
    }
  }

  /** Tells every listener {@code withdrawn} about {@code item}, then runs the write; an undo republishes {@code before}. */
  ReviewItem withdraw(ReviewItem before, ReviewItem item, String reason, Write write) {
    List<PublicationListener> done = new ArrayList<>();
    for (PublicationListener l : listeners) {
      try {
        l.withdrawn(item, reason);
        done.add(l);
      } catch (RuntimeException e) {
        undo(done, e, u -> u.published(before));
        throw failed("撤稿", "withdrawing", item, e);
      }
    }
    try {
      return write.run();
    } catch (RuntimeException e) {
      undo(done, e, u -> u.published(before));
      throw e;
    }
  }

  /** Undoes in reverse order; an undo that fails is kept as suppressed on the failure that caused it. */
  private static void undo(List<PublicationListener> done, RuntimeException cause, java.util.function.Consumer<PublicationListener> action) {
    for (int i = done.size() - 1; i >= 0; i--) {
      try {
        action.accept(done.get(i));
      } catch (RuntimeException u) {
        cause.addSuppressed(u);
      }
    }
  }

  private static UnavailableException failed(String zh, String en, ReviewItem item, RuntimeException e) {
    return new UnavailableException(ReviewErrorCode.LISTENER_FAILED, zh + "联动失败，未作变更，请稍后再试 / a listener failed "
        + en + " review item " + item.id() + ", nothing was changed, try again later: " + e.getMessage(), e);
  }

  /** The store write that follows the listeners. */
  @FunctionalInterface
  interface Write {
    ReviewItem run();
  }
}
