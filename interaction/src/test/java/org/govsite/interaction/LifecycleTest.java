package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.accepted;
import static org.govsite.interaction.Fixtures.apply;
import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class LifecycleTest {
  private static final LocalDateTime AT = t("2025-11-20T10:00:00");

  /** A letter in each state, reached by legal transitions. */
  private static Map<LetterState, Letter> oneInEachState() {
    Map<LetterState, Letter> m = new EnumMap<>(LetterState.class);
    Letter r = Fixtures.received("L", LetterType.CONSULTATION, "2025-11-03T09:00:00");
    m.put(LetterState.RECEIVED, r);
    m.put(LetterState.REJECTED, apply(r, Transition.reject("a", t("2025-11-03T10:00:00"), RejectionReason.INVALID, "无实质内容")));
    Letter acc = apply(r, Transition.accept("a", t("2025-11-03T10:00:00")));
    m.put(LetterState.ACCEPTED, acc);
    Letter as = apply(acc, Transition.assign("a", t("2025-11-03T11:00:00"), "教育局", HandlingMode.FORWARDED, "职责"));
    m.put(LetterState.ASSIGNED, as);
    Letter ext = apply(as, Transition.postExtension("b", t("2025-11-04T11:00:00"), "需调查"));
    m.put(LetterState.EXTENDED, ext);
    Letter rep = apply(as, Transition.reply("b", t("2025-11-05T11:00:00"), "答复"));
    rep = apply(rep, Transition.decidePublication("c", t("2025-11-05T12:00:00"), true, "具有普遍性"));
    m.put(LetterState.REPLIED, rep);
    Letter pub = apply(rep, Transition.publish("c", t("2025-11-06T11:00:00")));
    m.put(LetterState.PUBLISHED, pub);
    Letter rated = apply(pub, Transition.rate("writer", t("2025-11-07T11:00:00"), Rating.DISSATISFIED));
    m.put(LetterState.RATED, rated);
    m.put(LetterState.CLOSED, apply(rated, Transition.close("c", t("2025-11-08T11:00:00"))));
    return m;
  }

  private static final Map<LetterAction, Function<LocalDateTime, Transition>> ACTIONS = new EnumMap<>(Map.of(
      LetterAction.ACCEPT, at -> Transition.accept("op", at),
      LetterAction.REJECT, at -> Transition.reject("op", at, RejectionReason.DUPLICATE, "重复"),
      LetterAction.ASSIGN, at -> Transition.assign("op", at, "民政局", HandlingMode.SUPERVISED, "交办"),
      LetterAction.POST_EXTENSION, at -> Transition.postExtension("op", at, "需协调"),
      LetterAction.REPLY, at -> Transition.reply("op", at, "答复内容"),
      LetterAction.PUBLISH, at -> Transition.publish("op", at),
      LetterAction.RATE, at -> Transition.rate("op", at, Rating.SATISFIED),
      LetterAction.REOPEN, at -> Transition.reopen("op", at, "不满意"),
      LetterAction.CLOSE, at -> Transition.close("op", at)));

  @Test
  void everyLegalTransitionReachesItsStateAndRecordsWhoWhenWhy() {
    Map<LetterState, LetterState> expected;
    List<Object[]> legal = List.of(
        new Object[] {LetterState.RECEIVED, LetterAction.ACCEPT, LetterState.ACCEPTED},
        new Object[] {LetterState.RECEIVED, LetterAction.REJECT, LetterState.REJECTED},
        new Object[] {LetterState.ACCEPTED, LetterAction.ASSIGN, LetterState.ASSIGNED},
        new Object[] {LetterState.ACCEPTED, LetterAction.POST_EXTENSION, LetterState.EXTENDED},
        new Object[] {LetterState.ACCEPTED, LetterAction.REPLY, LetterState.REPLIED},
        new Object[] {LetterState.ASSIGNED, LetterAction.ASSIGN, LetterState.ASSIGNED},
        new Object[] {LetterState.ASSIGNED, LetterAction.POST_EXTENSION, LetterState.EXTENDED},
        new Object[] {LetterState.ASSIGNED, LetterAction.REPLY, LetterState.REPLIED},
        new Object[] {LetterState.EXTENDED, LetterAction.ASSIGN, LetterState.EXTENDED},
        new Object[] {LetterState.EXTENDED, LetterAction.REPLY, LetterState.REPLIED},
        new Object[] {LetterState.REPLIED, LetterAction.PUBLISH, LetterState.PUBLISHED},
        new Object[] {LetterState.REPLIED, LetterAction.RATE, LetterState.RATED},
        new Object[] {LetterState.REPLIED, LetterAction.CLOSE, LetterState.CLOSED},
        new Object[] {LetterState.PUBLISHED, LetterAction.RATE, LetterState.RATED},
        new Object[] {LetterState.PUBLISHED, LetterAction.CLOSE, LetterState.CLOSED},
        new Object[] {LetterState.RATED, LetterAction.CLOSE, LetterState.CLOSED},
        new Object[] {LetterState.RATED, LetterAction.REOPEN, LetterState.ASSIGNED},
        new Object[] {LetterState.CLOSED, LetterAction.REOPEN, LetterState.ASSIGNED});
    Map<LetterState, Letter> letters = oneInEachState();
    for (Object[] row : legal) {
      Letter before = letters.get((LetterState) row[0]);
      Letter after = apply(before, ACTIONS.get((LetterAction) row[1]).apply(AT));
      assertEquals(row[2], after.state(), row[0] + " + " + row[1]);
      HistoryEntry last = after.history().get(after.history().size() - 1);
      assertEquals(row[1], last.action());
      assertEquals(row[0], last.from());
      assertEquals(row[2], last.to());
      assertEquals("op", last.actor());
      assertEquals(AT, last.at());
      assertEquals(before.version() + 1, after.version());
      assertEquals(before.history(), after.history().subList(0, before.history().size()), "history is only appended to");
    }
  }

  @Test
  void everyIllegalTransitionThrowsNamingStateAndAction() {
    Map<LetterState, Letter> letters = oneInEachState();
    int illegal = 0;
    for (LetterState s : LetterState.values()) {
      for (LetterAction a : ACTIONS.keySet()) {
        if (Lifecycle.target(s, a).isPresent()) {
          continue;
        }
        illegal++;
        Letter l = letters.get(s);
        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
            () -> apply(l, ACTIONS.get(a).apply(AT)), s + " + " + a);
        assertEquals(s, e.state());
        assertEquals(a, e.action());
        assertEquals(MailboxErrorCode.ILLEGAL_TRANSITION, e.code());
        assertEquals("ILLEGAL_TRANSITION", e.code().name(), "the documented code text");
        assertTrue(e.getMessage().contains("'" + s.code() + "'") && e.getMessage().contains("'" + a.code() + "'"), e.getMessage());
        assertTrue(e.getMessage().contains(s.chinese()), e.getMessage());
      }
    }
    assertEquals(LetterState.values().length * ACTIONS.size() - 18 - 2, illegal, "18 legal moves plus publish after rating/closing");
  }

  @Test
  void noSecondExtension() {
    Letter l = apply(accepted("L", LetterType.CONSULTATION, "2025-11-03T09:00:00"),
        Transition.postExtension("a", t("2025-11-04T09:00:00"), "需调查"));
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> apply(l, Transition.postExtension("a", t("2025-11-05T09:00:00"), "再延")));
    assertEquals(LetterState.EXTENDED, e.state());
  }

  @Test
  void onlyADissatisfiedRatingReopens() {
    Letter rep = Fixtures.replied("L", LetterType.CONSULTATION, "2025-11-03T09:00:00", "教育局", "2025-11-04T09:00:00");
    Letter happy = apply(rep, Transition.rate("w", t("2025-11-05T09:00:00"), Rating.BASICALLY_SATISFIED));
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> apply(happy, Transition.reopen("s", t("2025-11-06T09:00:00"), "再办")));
    assertTrue(e.getMessage().contains("dissatisfied"));
    Letter unhappy = apply(rep, Transition.rate("w", t("2025-11-05T09:00:00"), Rating.DISSATISFIED));
    assertEquals(LetterState.ASSIGNED, apply(unhappy, Transition.reopen("s", t("2025-11-06T09:00:00"), "再办")).state());
  }

  @Test
  void publishingNeedsTheOfficesDecisionAndARedactedCopyWhenTheWriterAskedForPrivacy() {
    Letter rep = Fixtures.replied("L", LetterType.CONSULTATION, "2025-11-03T09:00:00", "教育局", "2025-11-04T09:00:00");
    assertThrows(IllegalTransitionException.class, () -> apply(rep, Transition.publish("c", t("2025-11-05T09:00:00"))));
    Letter privateWish = rep.toBuilder().writerWantsPrivacy(true).build();
    Letter decided = apply(privateWish, Transition.decidePublication("c", t("2025-11-05T09:00:00"), true, "典型问题"));
    assertEquals(PublicationDecision.PUBLISH, decided.publication());
    assertTrue(decided.writerWantsPrivacy(), "the wish and the decision are separate fields");
    IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
        () -> apply(decided, Transition.publish("c", t("2025-11-05T10:00:00"))));
    assertTrue(e.getMessage().contains("redacted public copy"));
    Letter edited = apply(decided, Transition.editPublicCopy("c", t("2025-11-05T11:00:00"), new PublicCopy("关于入学", "请问入学政策", "")));
    Letter published = apply(edited, Transition.publish("c", t("2025-11-05T12:00:00")));
    assertEquals(LetterState.PUBLISHED, published.state());
    assertTrue(published.published());
    assertThrows(IllegalTransitionException.class, () -> apply(
        apply(published, Transition.close("c", t("2025-11-06T12:00:00"))), Transition.publish("c", t("2025-11-07T12:00:00"))),
        "published twice");
  }

  @Test
  void reassignmentKeepsEveryDepartmentInTheHistory() {
    Letter l = Fixtures.assigned("L", LetterType.COMPLAINT, "2025-11-03T09:00:00", "教育局");
    l = apply(l, Transition.assign("a", t("2025-11-04T09:00:00"), "人社局", HandlingMode.SUPERVISED, "职责调整"));
    assertEquals("人社局", l.department());
    assertEquals(HandlingMode.SUPERVISED, l.mode());
    assertEquals(List.of("", "forwarded:教育局", "supervised:人社局"), l.history().stream().map(HistoryEntry::detail).toList());
    assertEquals("职责调整", l.history().get(2).reason());
  }

  @Test
  void actionsCannotGoBackInTimeOrLackAnActorOrReason() {
    Letter l = accepted("L", LetterType.CONSULTATION, "2025-11-03T09:00:00");
    assertThrows(IllegalTransitionException.class, () -> apply(l, Transition.reply("a", t("2025-11-03T09:10:00"), "x")));
    InvalidInputException actor = assertThrows(InvalidInputException.class, () -> Transition.accept(" ", AT));
    assertEquals("actor", actor.field());
    InvalidInputException reason = assertThrows(InvalidInputException.class, () -> Transition.postExtension("a", AT, ""));
    assertEquals("reason", reason.field());
    assertThrows(InvalidInputException.class, () -> Transition.reject("a", AT, RejectionReason.SPAM, " "));
  }
}
