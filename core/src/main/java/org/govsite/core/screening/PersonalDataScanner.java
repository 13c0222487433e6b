package org.govsite.core.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.govsite.core.identifiers.BankCardNumbers;
import org.govsite.core.identifiers.BankCardNumbers.IssuerRange;
import org.govsite.core.identifiers.CreditCodes;
import org.govsite.core.identifiers.MobileNumbers;
import org.govsite.core.identifiers.ResidentIdNumbers;
import org.govsite.core.text.TextNormalizer;

/**
 * Finds personal data in one pass over a text (RULES §5): e-mail addresses first, then runs of
 * ASCII letters and digits (after width folding, so {@code １３８…} counts), optionally split into
 * groups by single spaces or hyphens ({@code 138-1234-5678}, {@code 6222 0200 …}), and landlines
 * with their area code ({@link Landlines}). A number is reported only when its check in {@code
 * org.govsite.core.identifiers} passes; a run glued to other letters or digits is not a number. An
 * 18-digit run shaped like an ID number (province code, birth date) whose check character is wrong
 * is reported as nothing: not an ID number (RULES §5), and never a bank card.
 */
final class PersonalDataScanner {
  /** One personal-data span in the original text. */
  public record Hit(PersonalDataKind kind, int start, int end) {}

  private static final TextNormalizer FOLD = TextNormalizer.builder().toSimplified(false).build();
  /** How a mobile number is written in groups: {@code 138-1234-5678}. */
  private static final int[] MOBILE_GROUPS = {3, 4, 4};
  /** How an American Express number is written in groups: {@code 3782 822463 10005}. */
  private static final int[] AMEX_GROUPS = {4, 6, 5};
  /** How an ID number is written in groups: address, birth date, sequence and check. */
  private static final int[] ID_GROUPS = {6, 8, 4};
  /** The prefix of a mobile number written with the country code, {@code 86}. */
  private static final String CHINA_CALLING_CODE = "86";

  private final Set<PersonalDataKind> kinds;
  private final List<IssuerRange> cardRanges;
  /** The shortest run that may be a number: a mobile number, or a shorter card of a site's ranges. */
  private final int shortest;

  /** Creates a scanner for some kinds, with the standard card ranges. */
  public PersonalDataScanner(Set<PersonalDataKind> kinds) {
    this(kinds, BankCardNumbers.STANDARD_RANGES);
  }

  /** Creates a scanner for some kinds, taking bank cards of these issuer ranges. */
  public PersonalDataScanner(Set<PersonalDataKind> kinds, List<IssuerRange> cardRanges) {
    this.kinds = kinds.isEmpty() ? EnumSet.noneOf(PersonalDataKind.class) : EnumSet.copyOf(kinds);
    this.cardRanges = List.copyOf(cardRanges);
    int min = MobileNumbers.LENGTH;
    for (IssuerRange r : this.cardRanges) {
      for (int l : r.lengths()) {
        min = Math.min(min, l);
      }
    }
    this.shortest = min;
  }

  /** Returns the hits in text order. */
  public List<Hit> scan(String text) {
    List<Hit> hits = new ArrayList<>();
    if (kinds.isEmpty()) {
      return hits;
    }
    int n = text.length();
    char[] f = new char[n];
    for (int i = 0; i < n; i++) {
      f[i] = FOLD.fold(text.charAt(i));
    }
    int i = 0;
    while (i < n) {
      if (!alnum(f[i])) {
        i++;
        continue;
      }
      int runStart = i;
      int j = i;
      while (j < n && alnum(f[j])) {
        j++;
      }
      if (j < n && f[j] == '@') {
        int end = emailEnd(f, j);
        int start = emailStart(f, j);
        if (end > 0 && start >= 0) {
          if (kinds.contains(PersonalDataKind.EMAIL)) {
            hits.add(new Hit(PersonalDataKind.EMAIL, start, end));
          }
          i = end;
          continue;
        }
      }
      // A landline starts with its area code's 0 (no ID, mobile, card or credit code does).
      if (f[runStart] == '0') {
        Landlines.Match landline = Landlines.match(f, runStart);
        if (landline != null) {
          if (kinds.contains(PersonalDataKind.LANDLINE)) {
            hits.add(new Hit(PersonalDataKind.LANDLINE, landline.start(), landline.end()));
          }
          i = landline.end();
          continue;
        }
      }
      // Gather digit groups joined by single spaces or hyphens.
      List<int[]> groups = new ArrayList<>();
      groups.add(new int[] {runStart, j});
      int k = j;
      while (k + 1 < n && (f[k] == ' ' || f[k] == '-') && digit(f[k + 1]) && (k == 0 || digit(f[k - 1]))) {
        int e = k + 1;
        while (e < n && alnum(f[e])) {
          e++;
        }
        groups.add(new int[] {k + 1, e});
        k = e;
      }
      if (groups.size() > 1 && classifyChain(f, groups, hits)) {
        i = groups.get(groups.size() - 1)[1];
        continue;
      }
      classify(f, runStart, j, hits);
      i = j;
    }
    return hits;
  }

  private boolean classifyChain(char[] f, List<int[]> groups, List<Hit> hits) {
    StringBuilder digits = new StringBuilder();
    List<Integer> pos = new ArrayList<>();
    int[] lengths = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      int[] r = groups.get(g);
      lengths[g] = r[1] - r[0];
      for (int x = r[0]; x < r[1]; x++) {
        digits.append(f[x]);
        pos.add(x);
      }
    }
    String d = digits.toString();
    int start = groups.get(0)[0];
    int end = groups.get(groups.size() - 1)[1];
    PersonalDataKind kind = null;
    if (Arrays.equals(lengths, MOBILE_GROUPS) && MobileNumbers.isValid(d)) {
      kind = PersonalDataKind.MOBILE;
    } else if (Arrays.equals(lengths, ID_GROUPS) && ResidentIdNumbers.isValid(d)) {
      kind = PersonalDataKind.ID_CARD;
    } else if ((groupsOfFour(lengths) || Arrays.equals(lengths, AMEX_GROUPS)) && card(d)) {
      kind = PersonalDataKind.BANK_CARD;
    }
    if (kind == null) {
      return false;
    }
    if (kinds.contains(kind)) {
      hits.add(new Hit(kind, start, end));
    }
    return true;
  }

  private static boolean groupsOfFour(int[] lengths) {
    for (int g = 0; g < lengths.length - 1; g++) {
      if (lengths[g] != 4) {
        return false;
      }
    }
    return lengths[lengths.length - 1] >= 1 && lengths[lengths.length - 1] <= 4;
  }

  private void classify(char[] f, int start, int end, List<Hit> hits) {
    int len = end - start;
    if (len < shortest || len > BankCardNumbers.MAX_LENGTH) {
      return;
    }
    String s = new String(f, start, len);
    PersonalDataKind kind = null;
    int from = start;
    if (ResidentIdNumbers.isValid(s)) {
      kind = PersonalDataKind.ID_CARD;
    } else if (CreditCodes.isValid(s)) {
      kind = PersonalDataKind.CREDIT_CODE;
    } else if (MobileNumbers.isValid(s)) {
      kind = PersonalDataKind.MOBILE;
    } else if (len == CHINA_CALLING_CODE.length() + MobileNumbers.LENGTH && s.startsWith(CHINA_CALLING_CODE)
        && MobileNumbers.isValid(s.substring(CHINA_CALLING_CODE.length()))) {
      kind = PersonalDataKind.MOBILE;
      from = start + CHINA_CALLING_CODE.length();
    } else if (card(s)) {
      kind = PersonalDataKind.BANK_CARD;
    }
    if (kind != null && kinds.contains(kind)) {
      hits.add(new Hit(kind, from, end));
    }
  }

  /** A bank card of the scanner's ranges, unless the digits are shaped like an ID number. */
  private boolean card(String digits) {
    return BankCardNumbers.isValid(digits, cardRanges) && !ResidentIdNumbers.isCandidate(digits);
  }

  private static int emailStart(char[] f, int at) {
    int s = at;
    while (s > 0 && localChar(f[s - 1])) {
      s--;
    }
    while (s < at && f[s] == '.') {
      s++;
    }
    return s < at ? s : -1;
  }

  /** Returns the end of the domain after '@', or -1 when it is not a domain with a 2+ letter TLD. */
  private static int emailEnd(char[] f, int at) {
    int e = at + 1;
    while (e < f.length && (alnum(f[e]) || f[e] == '.' || f[e] == '-')) {
      e++;
    }
    while (e > at + 1 && (f[e - 1] == '.' || f[e - 1] == '-')) {
      e--;
    }
    int lastDot = -1;
    for (int x = at + 1; x < e; x++) {
      if (f[x] == '.') {
        if (x == at + 1 || f[x - 1] == '.') {
          return -1;
        }
        lastDot = x;
      }
    }
    if (lastDot < 0 || e - lastDot - 1 < 2) {
      return -1;
    }
    for (int x = lastDot + 1; x < e; x++) {
      if (!(f[x] >= 'a' && f[x] <= 'z')) {
        return -1;
      }
    }
    return e;
  }

  private static boolean localChar(char c) {
    return alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
  }

  /**
   * Returns whether the scanner reads a char of the original text as a letter or digit: also
   * full-width and styled forms ({@code １}, {@code ①}, {@code ❶}), so a mask hides exactly what
   * was found.
   */
  static boolean readsAsAlnum(char c) {
    return alnum(FOLD.fold(c));
  }

  /** Returns a char as the scanner reads it (width, styled forms and case folded). */
  static char foldChar(char c) {
    return FOLD.fold(c);
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
