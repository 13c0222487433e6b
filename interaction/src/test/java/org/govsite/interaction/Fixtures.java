package org.govsite.interaction;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Letters for tests, moved through the real lifecycle. */
final class Fixtures {
  private Fixtures() {}

  static LocalDateTime t(String s) {
    return s.length() == 10 ? LocalDate.parse(s).atTime(10, 0) : LocalDateTime.parse(s);
  }

  static Letter received(String id, LetterType type, String received) {
    return Letter.builder().id(id).queryCode("123456").mailbox("县长信箱").type(type).subject("关于" + id + "的问题")
        .body("请问" + id + "怎么办理？").contact(new WriterContact("张三", "13812341234", "zhangsan@example.com", "", ""))
        .received(t(received)).build();
  }

  static Letter apply(Letter l, Transition t) {
    return Lifecycle.apply(l, t);
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
