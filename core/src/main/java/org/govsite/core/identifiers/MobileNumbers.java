package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The check of a mainland mobile number (手机号码, RULES §5): 11 ASCII digits starting {@code 1}
 * and then {@code 3}–{@code 9}. Separators and a {@code +86} prefix are the caller's to remove.
 *
 * <p>The one definition GovSite uses: screening reports and masks these numbers, and the mailbox
 * accepts them as a writer's phone.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MobileNumbers {
  /** RULES §5: a mainland mobile number has 11 digits. */
  public static final int LENGTH = 11;

  /** RULES §5: the second digit of a mobile number is 3–9 ({@code 1[3-9]}). */
  private static final char SECOND_DIGIT_MIN = '3';

  private MobileNumbers() {}

  /** Returns whether {@code text} is exactly a mobile number; never throws for a non-null text. */
  public static boolean isValid(CharSequence text) {
    Checks.notNull(text, "text");
    if (text.length() != LENGTH || text.charAt(0) != '1' || text.charAt(1) < SECOND_DIGIT_MIN || text.charAt(1) > '9') {
      return false;
    }
    for (int i = 2; i < LENGTH; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
