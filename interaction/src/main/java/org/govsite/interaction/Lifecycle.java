package org.govsite.interaction;

import static org.govsite.interaction.LetterAction.ACCEPT;
import static org.govsite.interaction.LetterAction.ASSIGN;
import static org.govsite.interaction.LetterAction.CLOSE;
import static org.govsite.interaction.LetterAction.POST_EXTENSION;
import static org.govsite.interaction.LetterAction.PUBLISH;
import static org.govsite.interaction.LetterAction.RATE;
import static org.govsite.interaction.LetterAction.REJECT;
import static org.govsite.interaction.LetterAction.REOPEN;
import static org.govsite.interaction.LetterAction.REPLY;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The letter state machine: which action is legal in which state, and the letter it leads to.
 * Pure: takes a letter and a transition, returns the next letter with one more history entry.
 */
final class Lifecycle {
  private static final Map<LetterState, Map<LetterAction, LetterState>> TABLE = new EnumMap<>(LetterState.class);

  static {
    put(LetterState.RECEIVED, ACCEPT, LetterState.ACCEPTED);
    put(LetterState.RECEIVED, REJECT, LetterState.REJECTED);
    for (LetterState open : List.of(LetterState.ACCEPTED, LetterState.ASSIGNED)) {
      put(open, ASSIGN, LetterState.ASSIGNED);
      put(open, POST_EXTENSION, LetterState.EXTENDED);
      put(open, REPLY, LetterState.REPLIED);
    }
    // Reassigning an extended letter keeps the extension: the clock belongs to the letter.
    put(LetterState.EXTENDED, ASSIGN, LetterState.EXTENDED);
    put(LetterState.EXTENDED, REPLY, LetterState.REPLIED);
    put(LetterState.REPLIED, PUBLISH, LetterState.PUBLISHED);
    put(LetterState.REPLIED, RATE, LetterState.RATED);
    put(LetterState.REPLIED, CLOSE, LetterState.CLOSED);
    put(LetterState.PUBLISHED, RATE, LetterState.RATED);
    put(LetterState.PUBLISHED, CLOSE, LetterState.CLOSED);
    // Publishing after rating or closing is common (办结后公开); the state stays.
    put(LetterState.RATED, PUBLISH, LetterState.RATED);
    put(LetterState.RATED, CLOSE, LetterState.CLOSED);
    put(LetterState.RATED, REOPEN, LetterState.ASSIGNED);
    put(LetterState.CLOSED, PUBLISH, LetterState.CLOSED);
    put(LetterState.CLOSED, REOPEN, LetterState.ASSIGNED);
  }

  private Lifecycle() {}

  private static void put(LetterState from, LetterAction action, LetterState to) {
    TABLE.computeIfAbsent(from, k -> new EnumMap<>(LetterAction.class)).put(action, to);
  }

  /** Returns the state an action leads to from a state, ignoring the letter's data. */
  public static Optional<LetterState> target(LetterState from, LetterAction action) {
    if (!action.changesState()) {
      return from == LetterState.REJECTED ? Optional.empty() : Optional.of(from);
    }
    return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
  }

  /** Returns the actions the table allows in a state. */
  public static List<LetterAction> allowed(LetterState from) {
    List<LetterAction> out = new ArrayList<>();
    for (LetterAction a : LetterAction.values()) {
      if (target(from, a).isPresent()) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Applies a transition, returning the next letter (version + 1, one more history entry).
   *
   * @throws IllegalTransitionException when the state or the letter's data forbid the action
   */
  public static Letter apply(Letter letter, Transition t) {
    LetterState from = letter.state();
    LetterAction action = t.action();
    LetterState to = target(from, action).orElseThrow(() -> new IllegalTransitionException(letter.id(), from, action,
        "allowed: " + allowed(from).stream().map(LetterAction::code).collect(Collectors.joining(", "))));
    List<HistoryEntry> history = letter.history();
    if (!history.isEmpty() && t.at().isBefore(history.get(history.size() - 1).at())) {
      throw new IllegalTransitionException(letter.id(), from, action,
          "time " + t.at() + " is before the last recorded action at " + history.get(history.size() - 1).at());
    }
    if (t.at().isBefore(letter.received())) {
      throw new IllegalTransitionException(letter.id(), from, action, "time " + t.at() + " is before receipt");
    }
    Letter.Builder next = letter.toBuilder().state(to);
    String detail = "";
    switch (action) {
      case REJECT -> detail = t.rejection().orElseThrow().code();
      case ASSIGN -> {
        next.department(t.department().orElseThrow()).mode(t.mode().orElseThrow());
        detail = t.mode().orElseThrow().code() + ":" + t.department().orElseThrow();
      }
      case POST_EXTENSION -> {
        if (extensionInCycle(letter)) {
          throw new IllegalTransitionException(letter.id(), from, action, "an extension notice was already posted; no extension beyond it");
        }
      }
      case REPLY -> next.reply(t.text().orElseThrow());
      case PUBLISH -> {
        if (letter.published()) {
          throw new IllegalTransitionException(letter.id(), from, action, "already published");
        }
        if (letter.publication() != PublicationDecision.PUBLISH) {
          throw new IllegalTransitionException(letter.id(), from, action, "the office has not decided to publish it");
        }
        if (letter.writerWantsPrivacy() && letter.publicCopy().isEmpty()) {
          throw new IllegalTransitionException(letter.id(), from, action,
              "the writer asked for privacy: edit a redacted public copy first");
        }
      }
      case RATE -> {
        next.rating(t.rating().orElseThrow());
        detail = t.rating().orElseThrow().code();
      }
      case REOPEN -> {
        if (letter.rating().orElse(null) != Rating.DISSATISFIED) {
          throw new IllegalTransitionException(letter.id(), from, action, "only a letter rated 不满意 (dissatisfied) may be reopened");
        }
        if (letter.department().isEmpty()) {
          next.state(LetterState.ACCEPTED);
        }
      }
      case DECIDE_PUBLICATION -> {
        next.publication(t.publish() ? PublicationDecision.PUBLISH : PublicationDecision.WITHHOLD);
        detail = t.publish() ? "publish" : "withhold";
      }
      case EDIT_PUBLIC_COPY -> {
        next.publicCopy(t.publicCopy().orElseThrow());
        detail = t.publicCopy().orElseThrow().subject();
      }
      default -> { }
    }
    LetterState reached = next.build().state();
    List<HistoryEntry> h = new ArrayList<>(history);
    h.add(new HistoryEntry(history.size() + 1, action, from, reached, t.actor(), t.at(), t.reason(), detail));
    return next.history(h).version(letter.version() + 1).build();
  }

  private static boolean extensionInCycle(Letter letter) {
    List<HistoryEntry> h = letter.history();
    for (int i = h.size() - 1; i >= 0; i--) {
      if (h.get(i).action() == REOPEN) {
        return false;
      }
      if (h.get(i).action() == POST_EXTENSION) {
        return true;
      }
    }
    return false;
  }
}
