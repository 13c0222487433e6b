package org.govsite.core.screening;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.identifiers.BankCardNumbers;
import org.govsite.core.identifiers.BankCardNumbers.IssuerRange;
import org.govsite.core.support.Checks;

/**
 * Finds and masks personal data (个人信息脱敏) — ID numbers, mobile and landline numbers, bank
 * cards, credit codes, e-mail addresses — in the formats of RULES §4 ({@code 138****1234},
 * {@code 35*************123}), e.g. before a letter is published. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PersonalDataMasker {
  private static final PersonalDataMasker STANDARD = new PersonalDataMasker(EnumSet.allOf(PersonalDataKind.class));

  private final PersonalDataScanner scanner;

  private PersonalDataMasker(Set<PersonalDataKind> kinds) {
    this.scanner = new PersonalDataScanner(kinds);
  }

  private PersonalDataMasker(Builder b) {
    this.scanner = new PersonalDataScanner(b.kinds, b.cardRanges);
  }

  /** Returns a builder: every kind, the standard card ranges ({@link BankCardNumbers#STANDARD_RANGES}). */
  public static Builder builder() {
    return new Builder();
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

  /** Configures a {@link PersonalDataMasker}: the kinds it finds and the bank-card issuer ranges it accepts. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private Set<PersonalDataKind> kinds = EnumSet.allOf(PersonalDataKind.class);
    private List<IssuerRange> cardRanges = BankCardNumbers.STANDARD_RANGES;

    private Builder() {}

    /** Sets the kinds of personal data to find (empty: none; default all). */
    public Builder kinds(Set<PersonalDataKind> kinds) {
      Checks.notNull(kinds, "kinds");
      this.kinds = kinds.isEmpty() ? EnumSet.noneOf(PersonalDataKind.class) : EnumSet.copyOf(kinds);
      return this;
    }

    /**
     * Sets the issuer ranges a bank card must fit (default {@link BankCardNumbers#STANDARD_RANGES}): a
     * site whose letters carry other issuers' cards adds their ranges, e.g. {@code
     * cardRanges(Stream.concat(STANDARD_RANGES.stream(), Stream.of(new IssuerRange("icbc", "9558", "9558",
     * Set.of(19)))).toList())}.
     */
    public Builder cardRanges(List<IssuerRange> ranges) {
      Checks.notNull(ranges, "cardRanges");
      Checks.argument(!ranges.isEmpty(), "cardRanges", "至少需要一个发卡机构范围", "must hold at least one issuer range");
      this.cardRanges = List.copyOf(ranges);
      return this;
    }

    /** Builds the masker. */
    public PersonalDataMasker build() {
      return new PersonalDataMasker(this);
    }
  }
}
