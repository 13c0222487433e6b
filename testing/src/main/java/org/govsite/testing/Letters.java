package org.govsite.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.govsite.interaction.HandlingMode;
import org.govsite.interaction.InMemoryLetterStore;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.Transition;
import org.govsite.interaction.WriterContact;

/**
 * Letters for the contract, moved through the real lifecycle. Each step goes through a scratch
 * {@link Mailbox} in memory, the public way to apply a transition, so the store under test sees
 * exactly the letters and history entries a mailbox would hand it.
 */
final class Letters {
  private Letters() {}

  /** Parses {@code 2025-10-09T09:00:00}, or a bare date as 10:00 that day. */
  static LocalDateTime t(String s) {
    return s.length() == 10 ? LocalDate.parse(s).atTime(10, 0) : LocalDateTime.parse(s);
  }

  static Letter received(String id, LetterType type, String received) {
    return Letter.builder().id(id).queryCode("123456").mailbox("县长信箱").type(type).subject("关于" + id + "的问题")
        .body("请问" + id + "怎么办理？").contact(new WriterContact("张三", "13812341234", "zhangsan@example.com", "", ""))
        .received(t(received)).build();
  }

  static Letter apply(Letter letter, Transition transition) {
    InMemoryLetterStore scratch = new InMemoryLetterStore();
    scratch.insert(letter);
    return Mailbox.builder().store(scratch).build().act(letter.id(), letter.version(), transition);
  }

  static Letter accepted(String id, LetterType type, String received) {
    Letter l = received(id, type, received);
    return apply(l, Transition.accept("受理员", l.received().plusMinutes(30)));
  }

  static Letter assigned(String id, LetterType type, String received, String department) {
    Letter l = accepted(id, type, received);
    return apply(l, Transition.assign("受理员", l.received().plusHours(1), department, HandlingMode.FORWARDED, "属其职责"));
  }

  static Letter replied(String id, LetterType type, String received, String department, String replyAt) {
    return apply(assigned(id, type, received, department), Transition.reply(department, t(replyAt), "答复如下……"));
  }
}
