package org.govsite.core.screening;

import org.govsite.core.support.Codes;

/**
 * Masks the span of one personal-data finding, keeping its length (RULES §4). Other modules mask
 * through {@link PersonalDataMasker}, {@link Screener#mask} and {@link Finding#displayText()}.
 */
final class Masking {
  private Masking() {}

  /** Returns the masked form of a span found by a rule; spans of other rules become all stars. */
  static String mask(String rule, String span) {
    return Codes.find(PersonalDataKind.values(), rule, PersonalDataKind::rule)
        .map(k -> mask(k, span))
        .orElseGet(() -> "*".repeat(span.length()));
  }

  /** Returns the masked form of a span of a personal-data kind. */
  static String mask(PersonalDataKind kind, String span) {
    if (kind == PersonalDataKind.EMAIL) {
      int at = span.lastIndexOf('@') >= 0 ? span.lastIndexOf('@') : span.lastIndexOf('＠');
      if (at < 0) {
        at = span.length();
      }
      return maskAlnum(span.substring(0, at), kind.keepStart(), kind.keepEnd()) + span.substring(at);
    }
    if (kind == PersonalDataKind.LANDLINE) {
      return Landlines.mask(span);
    }
    return maskAlnum(span, kind.keepStart(), kind.keepEnd());
  }

  /**
   * Replaces every letter or digit by '*' except the first {@code keepStart} and last {@code keepEnd};
   * a letter or digit is what the scanner reads as one, so styled digits ({@code ①}) are hidden too.
   */
  private static String maskAlnum(String span, int keepStart, int keepEnd) {
    int total = 0;
    for (int i = 0; i < span.length(); i++) {
      if (PersonalDataScanner.readsAsAlnum(span.charAt(i))) {
        total++;
      }
    }
    StringBuilder b = new StringBuilder(span.length());
    int seen = 0;
    for (int i = 0; i < span.length(); i++) {
      char c = span.charAt(i);
      if (PersonalDataScanner.readsAsAlnum(c)) {
        boolean keep = seen < keepStart || seen >= total - keepEnd;
        b.append(keep ? c : '*');
        seen++;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
