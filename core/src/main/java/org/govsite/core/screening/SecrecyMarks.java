package org.govsite.core.screening;

import org.govsite.core.text.TextNormalizer;

/**
 * The period after a classification mark (GB/T 9704-2012 §7.2.2: 密级和保密期限, e.g.
 * {@code 秘密★1年}, {@code 机密★10年}, {@code 绝密★长期}): a finding of the mark is extended over it.
 */
final class SecrecyMarks {
  private SecrecyMarks() {}

  /** Returns the end of the period that follows {@code end}, or {@code end} when there is none. */
  public static int extend(String text, int end, TextNormalizer n) {
    int i = end;
    int len = text.length();
    while (i < len && n.fold(text.charAt(i)) == ' ') {
      i++;
    }
    if (text.startsWith("长期", i) || text.startsWith("長期", i)) {
      return i + 2;
    }
    int d = i;
    while (d < len && Character.isDigit(n.fold(text.charAt(d))) && d - i < 3) {
      d++;
    }
    if (d == i) {
      return end;
    }
    for (String unit : new String[] {"个月", "個月", "年", "月", "天", "日"}) {
      if (text.startsWith(unit, d)) {
        return d + unit.length();
      }
    }
    return end;
  }
}
