package org.govsite.core.identifiers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * Query codes (查询码): the secret a letter writer or a disclosure applicant gets on the receipt and
 * needs, with the id, to see the status. The id alone is not a secret (request numbers are
 * sequential official serials), so the code is what keeps one person's case from another's eyes.
 *
 * <p>The one generator GovSite uses: {@link #LENGTH} characters drawn with {@link SecureRandom}
 * from {@link #ALPHABET}; {@link #matches} compares in constant time, ignoring case, spaces and
 * hyphens a person types while copying a code.
 *
 * <pre>{@code
 * String code = QueryCodes.next();                 // e.g. "7KQ3M9XHTB"
 * QueryCodes.matches(code, code.toLowerCase());    // true
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class QueryCodes {
  /**
   * The characters of a code: digits and capital letters without those read or typed as one
   * another ({@code 0 O}, {@code 1 I L}), so a code read out on the phone or copied from a printed
   * receipt comes back as issued. 31 characters, about 4.95 bits each.
   */
  public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  /**
   * How many characters a code has: 31^10 ≈ 8 × 10^14 codes (49 bits). Issue 15 asks for at least
   * 8; at the 91 guesses a second that an unthrottled portal answered, finding one letter's code
   * would still take about 140,000 years on average, before any throttling.
   */
  public static final int LENGTH = 10;

  private static final SecureRandom RANDOM = new SecureRandom();

  private QueryCodes() {}

  /** Returns a fresh code of {@link #LENGTH} characters from {@link #ALPHABET}. */
  public static String next() {
    char[] c = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      c[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
    }
    return new String(c);
  }

  /**
   * Returns whether a code someone gave matches the code issued, in time that does not depend on
   * where they differ ({@link MessageDigest#isEqual}). Case, spaces and hyphens in {@code given} are
   * ignored. An empty issued code (a record stored before codes existed, or imported without one)
   * matches nothing, so such a record cannot be looked up publicly at all.
   */
  public static boolean matches(String issued, String given) {
    Checks.notNull(issued, "issued");
    Checks.notNull(given, "given");
    if (issued.isEmpty()) {
      return false;
    }
    byte[] a = normalize(issued).getBytes(StandardCharsets.UTF_8);
    byte[] b = normalize(given).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(a, b);
  }

  /** Returns whether a text has the form of a code this class issues (length and alphabet). */
  public static boolean isWellFormed(String code) {
    Checks.notNull(code, "code");
    String n = normalize(code);
    if (n.length() != LENGTH) {
      return false;
    }
    for (int i = 0; i < n.length(); i++) {
      if (ALPHABET.indexOf(n.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static String normalize(String code) {
    StringBuilder b = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c != ' ' && c != '-' && c != '\u3000') {
        b.append(c);
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }
}
