package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The check of a bank-card number (银行卡号, RULES §5): an issuer prefix and a length that fits it
 * ({@link IssuerRange}, by default {@link #STANDARD_RANGES}) and the Luhn check (ISO/IEC 7812-1).
 * A digit run that passes Luhn but starts with no issuer's prefix, or has a length its issuer does
 * not use, is not a card: one in ten random digit runs passes Luhn alone.
 *
 * <p>The one definition GovSite uses: screening reports and masks exactly these numbers. A site
 * whose letters carry cards of other issuers passes its own ranges to {@link #isValid(CharSequence,
 * List)} and to {@code PersonalDataMasker.builder().cardRanges(…)}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BankCardNumbers {
  /** The shortest card number of {@link #STANDARD_RANGES}: 13 digits (Visa's oldest numbers). */
  public static final int MIN_LENGTH = 13;
  /** ISO/IEC 7812-1: the longest card number (primary account number), 19 digits. */
  public static final int MAX_LENGTH = 19;

  /** ISO/IEC 7812-1 (the shortest primary account number an issuer range may use): 8 digits. */
  public static final int ISO_MIN_LENGTH = 8;

  /**
   * 中国银联 (UnionPay): IIN {@code 62}, 16–19 digits (中国银联《银联卡业务运作规章》, card numbers
   * of the 62 range; the lengths in UnionPay's published BIN tables). RULES §5's 16–19 digits are these.
   */
  public static final IssuerRange UNIONPAY = new IssuerRange("unionpay", "62", "62", Set.of(16, 17, 18, 19));
  /** Visa: IIN {@code 4}, 13, 16 or 19 digits (Visa's published card ranges; ISO/IEC 7812 major industry identifier 4). */
  public static final IssuerRange VISA = new IssuerRange("visa", "4", "4", Set.of(13, 16, 19));
  /** Mastercard: IIN {@code 51}–{@code 55}, 16 digits (Mastercard's published ranges). */
  public static final IssuerRange MASTERCARD = new IssuerRange("mastercard", "51", "55", Set.of(16));
  /** Mastercard's 2-series: IIN {@code 2221}–{@code 2720}, 16 digits (Mastercard, in use since 2017). */
  public static final IssuerRange MASTERCARD_2_SERIES = new IssuerRange("mastercard", "2221", "2720", Set.of(16));
  /** American Express: IIN {@code 34}, 15 digits (American Express's published ranges). */
  public static final IssuerRange AMEX_34 = new IssuerRange("amex", "34", "34", Set.of(15));
  /** American Express: IIN {@code 37}, 15 digits. */
  public static final IssuerRange AMEX_37 = new IssuerRange("amex", "37", "37", Set.of(15));
  /** JCB: IIN {@code 3528}–{@code 3589}, 16–19 digits (JCB's published ranges). */
  public static final IssuerRange JCB = new IssuerRange("jcb", "3528", "3589", Set.of(16, 17, 18, 19));

  /** The ranges GovSite checks by default: UnionPay, Visa, Mastercard, American Express and JCB. */
  public static final List<IssuerRange> STANDARD_RANGES = List.of(UNIONPAY, VISA, MASTERCARD, MASTERCARD_2_SERIES,
      AMEX_34, AMEX_37, JCB);

  private BankCardNumbers() {}

  /**
   * An issuer range (发卡机构标识范围, ISO/IEC 7812 IIN range): card numbers whose first digits lie
   * between {@code from} and {@code to} (both of the same number of digits, compared as numbers on
   * that many leading digits) and whose length is one of {@code lengths}.
   *
   * @param scheme the card scheme, e.g. {@code unionpay}; reported nowhere, for people reading a configuration
   * @param from the lowest prefix, 1–8 ASCII digits
   * @param to the highest prefix, as many digits as {@code from}, not below it
   * @param lengths the lengths of its numbers, each {@value #ISO_MIN_LENGTH}–{@value #MAX_LENGTH}
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record IssuerRange(String scheme, String from, String to, Set<Integer> lengths) {
    /** Creates a range, checking each part. */
    public IssuerRange {
      Checks.notNull(scheme, "scheme");
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
      Checks.notNull(lengths, "lengths");
      Checks.argument(!scheme.isBlank(), "scheme", "卡组织名称不能为空", "must not be blank");
      Checks.argument(from.matches("[0-9]{1,8}"), "from", "须为1到8位数字", "must be 1 to 8 digits: '" + from + "'");
      Checks.argument(to.length() == from.length() && to.matches("[0-9]+") && to.compareTo(from) >= 0, "to",
          "须为与 from 位数相同且不小于它的数字", "must have as many digits as from and not be below it: '" + to + "'");
      Checks.argument(!lengths.isEmpty() && lengths.stream().allMatch(l -> l >= ISO_MIN_LENGTH && l <= MAX_LENGTH),
          "lengths", "须为 " + ISO_MIN_LENGTH + " 到 " + MAX_LENGTH + " 之间的长度",
          "must be lengths from " + ISO_MIN_LENGTH + " to " + MAX_LENGTH + ": " + lengths);
      lengths = Set.copyOf(lengths);
    }

    /** Returns whether a run of ASCII digits starts with this range's prefix and has one of its lengths. */
    public boolean covers(CharSequence digits) {
      Checks.notNull(digits, "digits");
      int p = from.length();
      if (!lengths.contains(digits.length()) || digits.length() < p) {
        return false;
      }
      CharSequence prefix = digits.subSequence(0, p);
      return compare(prefix, from) >= 0 && compare(prefix, to) <= 0;
    }

    private static int compare(CharSequence a, String b) {
      for (int i = 0; i < b.length(); i++) {
        int d = a.charAt(i) - b.charAt(i);
        if (d != 0) {
          return d;
        }
      }
      return 0;
    }
  }

  /**
   * Returns whether {@code text} is a bank-card number of the {@link #STANDARD_RANGES}: ASCII
   * digits with an issuer's prefix and length, passing the Luhn check.
   */
  public static boolean isValid(CharSequence text) {
    return isValid(text, STANDARD_RANGES);
  }

  /** Returns whether {@code text} is a bank-card number of one of {@code ranges}, passing the Luhn check. */
  public static boolean isValid(CharSequence text, List<IssuerRange> ranges) {
    Checks.notNull(text, "text");
    Checks.notNull(ranges, "ranges");
    return issuer(text, ranges) && passesLuhn(text);
  }

  /** Whether some range covers the text (its digits are checked by Luhn afterwards). */
  private static boolean issuer(CharSequence text, List<IssuerRange> ranges) {
    for (IssuerRange r : ranges) {
      if (r.covers(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether a non-empty run of ASCII digits passes the Luhn check (the sum of the digits,
   * every second one from the right doubled and its digits added, is a multiple of 10); false for
   * anything that is not a digit.
   */
  public static boolean passesLuhn(CharSequence digits) {
    Checks.notNull(digits, "digits");
    if (digits.length() == 0) {
      return false;
    }
    return luhnSum(digits, false) % 10 == 0;
  }

  /**
   * Returns the Luhn check digit that makes {@code payload} + digit pass.
   *
   * @throws org.govsite.core.InvalidInputException naming {@code payload} unless it is 1 or more ASCII digits
   */
  public static char luhnCheckDigit(CharSequence payload) {
    Checks.notNull(payload, "payload");
    int sum = payload.length() == 0 ? -1 : luhnSum(payload, true);
    Checks.argument(sum >= 0, "payload", "须为数字", "must be one or more digits: '" + payload + "'");
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  /** The Luhn sum, or -1 when a character is not a digit; {@code doubleLast} for a payload without its check digit. */
  private static int luhnSum(CharSequence digits, boolean doubleLast) {
    int sum = 0;
    boolean dbl = doubleLast;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return sum;
  }
}
