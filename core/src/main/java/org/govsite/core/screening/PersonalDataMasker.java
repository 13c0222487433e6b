package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * Finds and masks personal data (个人信息脱敏) — ID numbers, mobile numbers, bank cards, credit
 * codes, e-mail addresses — in the formats of RULES §4 ({@code 138****1234},
 * {@code 35*************123}), e.g. before a letter is published. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PersonalDataMasker {
  private static final PersonalDataMasker STANDARD = new PersonalDataMasker(EnumSet.allOf(PersonalDataKind.class));

  private final PersonalDataScanner scanner;

  private PersonalDataMasker(Set<PersonalDataKind> kinds) {
    this.scanner = new PersonalDataScanner(kinds);
  }

  /** Returns the masker of every kind of personal data. */
  public static PersonalDataMasker standard() {
    return STANDARD;
  }

  /** Returns a masker of some kinds only. */
  public static PersonalDataMasker of(Set<PersonalDataKind> kinds) {
    Checks.notNull(kinds, "kinds");
    return new PersonalDataMasker(kinds.isEmpty() ? EnumSet.noneOf(PersonalDataKind.class) : EnumSet.copyOf(kinds));
  }

  /** Returns the personal data in a text, as findings of category {@code personal-data}. */
  public List<Finding> find(CharSequence text) {
    String s = Checks.notNull(text, "text").toString();
    List<Finding> out = new ArrayList<>();
    for (PersonalDataScanner.Hit h : scanner.scan(s)) {
      out.add(new Finding(h.kind().rule(), Category.PERSONAL_DATA, Severity.REVIEW, h.start(), h.end(),
          s.substring(h.start(), h.end()), Optional.empty()));
    }
    return out;
  }

  /** Returns the text with every piece of personal data masked; its length is unchanged. */
  public String mask(CharSequence text) {
    String s = Checks.notNull(text, "text").toString();
    List<PersonalDataScanner.Hit> hits = scanner.scan(s);
    if (hits.isEmpty()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s);
    for (PersonalDataScanner.Hit h : hits) {
      b.replace(h.start(), h.end(), Masking.mask(h.kind(), s.substring(h.start(), h.end())));
    }
    return b.toString();
  }
}
