package org.govsite.search;

import static org.govsite.core.testkit.PersonalDataSpellings.showsPartOf;
import static org.govsite.core.testkit.PersonalDataSpellings.longestVisibleDigitRun;
import static org.govsite.core.testkit.PersonalDataSpellings.withoutSeparators;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.govsite.core.testkit.PersonalDataSpellings;
import org.govsite.core.testkit.PersonalDataSpellings.Secret;
import org.govsite.core.testkit.PersonalDataSpellings.Sentence;
import org.govsite.interaction.LetterType;
import org.govsite.interaction.PublicLetter;

/**
 * Issue 15, item 9, in search: a letter whose public form still carries personal data (a view
 * built with a weak masker) is indexed masked by {@link LetterDocuments}, so no hit title,
 * highlight or title suggestion shows it; and a query holding it is never kept for suggestions.
 */
class PublicMaskingSearchProperties {
  @Provide
  Arbitrary<Sentence> sentences() {
    return PersonalDataSpellings.sentences();
  }

  @Property(tries = 40)
  void noPersonalDataReachesHitsHighlightsOrSuggestions(@ForAll("sentences") Sentence question,
      @ForAll("sentences") Sentence reply) {
    PublicLetter letter = new PublicLetter("L1", "县长信箱", LetterType.COMPLAINT, "道路维修" + question.text(),
        "道路维修问题：" + question.text(), "道路维修答复：" + reply.text(), "住建局", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3));
    try (SiteSearch search = SiteSearch.builder().build()) {
      search.index(LetterDocuments.of(letter, "/xinxiang/letter?id=L1"));
      List<String> shown = new ArrayList<>();
      for (String q : List.of("道路维修", question.secret().written(), reply.secret().written())) {
        for (SearchHit h : search.search(q).hits()) {
          shown.add(h.title());
          shown.add(h.highlight());
        }
      }
      assertTrue(search.search("道路维修").total() >= 1, "the letter is found");
      for (String typed : List.of(question.secret().written(), reply.secret().written())) {
        search.record(typed);
        search.record(typed);
        String prefix = typed.substring(0, Math.min(2, typed.length()));
        shown.addAll(search.suggest(prefix, 50));
        shown.addAll(search.suggest(typed.substring(0, 1), 50));
      }
      shown.addAll(search.suggest("道路", 50));
      for (String out : shown) {
        for (Secret s : List.of(question.secret(), reply.secret())) {
          if (!s.digits().isEmpty()) {
            assertFalse(showsPartOf(out, s.digits()), s.written() + " in " + out);
            assertTrue(longestVisibleDigitRun(out) < 7, s.written() + " in " + out);
          } else {
            assertFalse(withoutSeparators(out).contains(s.name()), s.written() + " in " + out);
          }
        }
      }
    }
  }
}
