package org.govsite.interaction.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.apiguardian.api.API;

/** The GB 11643 resident ID check (RULES §5): mod-11 check character and a valid birth date. */
@API(status = INTERNAL, since = "0.1")
public final class IdNumbers {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdNumbers() {}

  /** Returns whether {@code s} is an 18-character ID number with a valid check character and birth date. */
  public static boolean isValid(String s) {
    if (s.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    if (Character.toUpperCase(s.charAt(17)) != CHECK[sum % 11]) {
      return false;
    }
    try {
      LocalDate.of(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)), Integer.parseInt(s.substring(12, 14)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
