package org.govsite.interaction;

import static org.govsite.core.testkit.PersonalDataSpellings.showsPartOf;
import static org.govsite.core.testkit.PersonalDataSpellings.longestVisibleDigitRun;
import static org.govsite.core.testkit.PersonalDataSpellings.withoutSeparators;
import static org.govsite.interaction.Fixtures.apply;
import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.govsite.core.json.GovSiteJson;
import org.govsite.core.testkit.PersonalDataSpellings;
import org.govsite.core.testkit.PersonalDataSpellings.Secret;
import org.govsite.core.testkit.PersonalDataSpellings.Sentence;
import org.govsite.interaction.render.PublicLetterRenderer;

/**
 * Issue 15, item 9: personal data in many spellings, in a letter's question, reply and public copy,
 * reaches none of its public outputs — the public view's texts, the published-letter API's JSON
 * ({@link MailboxResource#published}) and the HTML of {@link PublicLetterRenderer}.
 */
class PublicMaskingProperties {
  @Provide
  Arbitrary<Sentence> sentences() {
    return PersonalDataSpellings.sentences();
  }

  @Provide
  Arbitrary<String> names() {
    return PersonalDataSpellings.names();
  }

  @Property(tries = 200)
  void noPersonalDataReachesAnyPublicOutput(@ForAll("sentences") Sentence question, @ForAll("sentences") Sentence reply,
      @ForAll("names") String writer, @ForAll boolean staffCopy) {
    String spelledWriter = PersonalDataSpellings.spelled(writer).sample();
    String body = "我是" + spelledWriter + "，" + question.text() + "。署名：" + writer;
    Letter l = Fixtures.assigned("PM1", LetterType.COMPLAINT, "2025-10-09T09:00:00", "住建局").toBuilder()
        .subject("关于" + question.text()).body(body)
        .contact(new WriterContact(writer, "13712345678", "", "", "")).build();
    l = apply(l, Transition.reply("住建局", t("2025-10-13T15:00:00"), reply.text() + "，已联系" + writer + "。"));
    if (staffCopy) {
      // A staff-edited public copy that still carries the data: the view masks it too.
      l = apply(l, Transition.editPublicCopy("c", t("2025-10-13T16:00:00"), new PublicCopy("来信" + question.text(),
          "来信人" + spelledWriter + "：" + question.text(), "答复：" + reply.text())));
    }
    l = apply(l, Transition.decidePublication("c", t("2025-10-14T09:00:00"), true, "典型"));
    l = apply(l, Transition.publish("c", t("2025-10-14T10:00:00")));

    Mailbox mailbox = Mailbox.builder().build();
    mailbox.store().insert(l);
    MailboxResource api = new MailboxResource(mailbox, Clock.fixed(Instant.parse("2025-10-15T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    PublishedPage page = api.published(1, 20);
    assertEquals(1, page.letters().size());
    PublicLetter p = page.letters().get(0);
    List<String> outputs = List.of(p.subject(), p.body(), p.reply(), GovSiteJson.write(page), PublicLetterRenderer.html(p));
    for (String out : outputs) {
      for (Secret s : List.of(question.secret(), reply.secret())) {
        assertHidden(s, out);
      }
      assertFalse(withoutSeparators(out).contains(writer), "the writer's name in " + out);
    }
  }

  private static void assertHidden(Secret s, String out) {
    if (!s.digits().isEmpty()) {
      // Per visible run: digits of the whole output run together would join a mask's ends to the next number.
      assertFalse(showsPartOf(out, s.digits()), s.written() + " in " + out);
      // The letter's own dates (received, replied) are the only long digit runs a public output may show.
      String withoutDates = out.replace("2025-10-09", "").replace("2025-10-13", "");
      assertTrue(longestVisibleDigitRun(withoutDates) < 7, s.written() + " in " + out);
    } else {
      assertFalse(withoutSeparators(out).contains(s.name()), s.written() + " in " + out);
    }
  }
}
