package org.govsite.core.identifiers;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsite.core.identifiers.DocumentNumber.Fault;

/** The lenient reader behind {@link DocumentNumber#check(String)}. */
final class DocumentNumberParser {
  private static final String OPEN = "〔\\[［(（【﹝〈<{〖";
  private static final String CLOSE = "〕\\]］)）】﹞〉>}〗";
  private static final Pattern FORM = Pattern.compile(
      "^(?<organ>[^" + OPEN + CLOSE + "]+?)\\s*(?<open>[" + OPEN + "])\\s*(?<year>\\d{2}|\\d{4})\\s*"
          + "(?<close>[" + CLOSE + "])\\s*(?<di>第)?\\s*(?<serial>\\d{1,9})\\s*(?<hao>号)?$");
  /** Two-digit years up to this value are read as 20yy, later ones as 19yy. */
  static final int TWO_DIGIT_PIVOT = 49;

  private DocumentNumberParser() {}

  /** Returns true when the code point is one of the brackets a year may be written in. */
  public static boolean isBracket(int cp) {
    return (OPEN + CLOSE).indexOf(cp) >= 0 && cp != '\\';
  }

  /** Reads the text leniently and lists its faults. */
  public static DocumentNumber.Check check(String input) {
    Set<Fault> faults = EnumSet.noneOf(Fault.class);
    String text = input.strip();
    String ascii = toAsciiDigits(text);
    if (!ascii.equals(text)) {
      faults.add(Fault.FULL_WIDTH_DIGITS);
    }
    Matcher m = FORM.matcher(ascii);
    if (!m.matches()) {
      return new DocumentNumber.Check(input, Optional.empty(), java.util.List.of());
    }
    String organ = m.group("organ").strip();
    if (organ.isEmpty()) {
      return new DocumentNumber.Check(input, Optional.empty(), java.util.List.of());
    }
    if (organ.codePoints().anyMatch(Character::isWhitespace) || hasInnerSpace(ascii, m)) {
      faults.add(Fault.WHITESPACE);
    }
    organ = organ.replaceAll("\\s+", "");
    bracketFault(m.group("open").charAt(0), faults);
    bracketFault(m.group("close").charAt(0), faults);
    String y = m.group("year");
    int year = Integer.parseInt(y);
    if (y.length() == 2) {
      faults.add(Fault.TWO_DIGIT_YEAR);
      year += year <= TWO_DIGIT_PIVOT ? 2000 : 1900;
    }
    if (m.group("di") != null) {
      faults.add(Fault.DI_PREFIX);
    }
    String s = m.group("serial");
    if (s.length() > 1 && s.charAt(0) == '0') {
      faults.add(Fault.LEADING_ZEROS);
    }
    int serial = Integer.parseInt(s);
    if (serial == 0) {
      return new DocumentNumber.Check(input, Optional.empty(), java.util.List.of());
    }
    if (m.group("hao") == null) {
      faults.add(Fault.MISSING_HAO);
    }
    return new DocumentNumber.Check(input, Optional.of(new DocumentNumber(organ, year, serial)), java.util.List.copyOf(faults));
  }

  private static boolean hasInnerSpace(String text, Matcher m) {
    return text.substring(m.end("organ")).codePoints().anyMatch(Character::isWhitespace);
  }

  private static void bracketFault(char c, Set<Fault> faults) {
    switch (c) {
      case '〔', '〕' -> { }
      case '[', ']', '［', '］' -> faults.add(Fault.SQUARE_BRACKETS);
      case '(', ')', '（', '）' -> faults.add(Fault.PARENTHESES);
      case '【', '】' -> faults.add(Fault.LENTICULAR_BRACKETS);
      default -> faults.add(Fault.OTHER_BRACKETS);
    }
  }

  private static String toAsciiDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
    }
    return b.toString();
  }
}
