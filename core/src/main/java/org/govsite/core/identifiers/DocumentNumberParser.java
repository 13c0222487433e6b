package org.govsite.core.identifiers;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govsite.core.identifiers.DocumentNumber.Fault;

/** The lenient reader behind {@link DocumentNumber#check(String)}: a 发文字号 first, then a 令号. */
final class DocumentNumberParser {
  private static final String OPEN = "〔\\[［(（【﹝〈<{〖";
  private static final String CLOSE = "〕\\]］)）】﹞〉>}〗";
  /** A region or organ in brackets before the 机关代字: {@code (陕)}, {@code （陕）}, {@code 【京】}; no digits, so never a year. */
  private static final String PREFIX = "(?:(?<popen>[" + OPEN + "])(?<prefix>[^\\d" + OPEN + CLOSE + "]{1,16}?)(?<pclose>[" + CLOSE + "]))?";
  // UNICODE_CHARACTER_CLASS: a space class that includes the ideographic space U+3000 (numbers copied
  // out of Word) and a digit class of every decimal digit, as the records themselves see them
  // (Character.isWhitespace, isDigit); with ASCII classes such text passed the pattern and then threw.
  private static final Pattern FORM = Pattern.compile(
      "^" + PREFIX + "(?<organ>[^" + OPEN + CLOSE + "]+?)\\s*(?<open>[" + OPEN + "])\\s*(?<year>\\d{2}|\\d{4})\\s*"
          + "(?<close>[" + CLOSE + "])\\s*(?<di>第)?\\s*(?<serial>\\d{1,9})\\s*(?<hao>号)?$", Pattern.UNICODE_CHARACTER_CLASS);
  /**
   * A 令号 (GB/T 9704-2012 §10.2): the issuer, 令, a year with 年 for organs that number by year,
   * 第, the serial, 号. Without both 第 and 号 a text is not read as one.
   */
  private static final Pattern DECREE = Pattern.compile(
      "^(?<issuer>[^\\d" + OPEN + CLOSE + "]+?)\\s*令(?<gap>\\s*)(?:(?<year>\\d{4})\\s*年\\s*)?(?<di>第)?\\s*(?<serial>\\d{1,9})\\s*(?<hao>号)?$", Pattern.UNICODE_CHARACTER_CLASS);
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
      return decree(input, ascii, faults);
    }
    String organ = m.group("organ").strip();
    if (organ.isEmpty()) {
      return new DocumentNumber.Check(input, Optional.empty(), java.util.List.of());
    }
    if (organ.codePoints().anyMatch(Character::isWhitespace) || hasInnerSpace(ascii, m)) {
      faults.add(Fault.WHITESPACE);
    }
    organ = organ.replaceAll("\\s+", "");
    Optional<String> prefix = Optional.empty();
    if (m.group("prefix") != null) {
      String p = m.group("prefix");
      if (p.isBlank()) {
        return new DocumentNumber.Check(input, Optional.empty(), java.util.List.of());
      }
      if (p.codePoints().anyMatch(Character::isWhitespace) || !m.group("organ").equals(m.group("organ").stripLeading())) {
        faults.add(Fault.WHITESPACE);
      }
      if (m.group("popen").charAt(0) != DocumentNumber.PREFIX_OPEN || m.group("pclose").charAt(0) != DocumentNumber.PREFIX_CLOSE) {
        faults.add(Fault.PREFIX_BRACKETS);
      }
      prefix = Optional.of(p.replaceAll("(?U)\\s+", ""));
    }
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
    return new DocumentNumber.Check(input, Optional.of(new DocumentNumber(prefix, organ, year, serial)), java.util.List.copyOf(faults));
  }

  /** Reads a 令号, or returns an unparseable result; {@code faults} holds those found before (full-width digits). */
  private static DocumentNumber.Check decree(String input, String ascii, Set<Fault> faults) {
    Matcher m = DECREE.matcher(ascii);
    DocumentNumber.Check none = new DocumentNumber.Check(input, Optional.empty(), java.util.List.of());
    if (!m.matches() || m.group("di") == null && m.group("hao") == null) {
      return none;
    }
    String issuer = m.group("issuer").strip();
    String s = m.group("serial");
    int serial = Integer.parseInt(s);
    if (issuer.isEmpty() || serial == 0) {
      return none;
    }
    // A space between 令 and 第N号 is how an inline copy keeps the two lines of the 版头 apart: no fault.
    if (issuer.codePoints().anyMatch(Character::isWhitespace)
        || ascii.substring(m.end("gap")).codePoints().anyMatch(Character::isWhitespace)) {
      faults.add(Fault.WHITESPACE);
    }
    if (m.group("di") == null) {
      faults.add(Fault.DECREE_MISSING_DI);
    }
    if (s.length() > 1 && s.charAt(0) == '0') {
      faults.add(Fault.LEADING_ZEROS);
    }
    if (m.group("hao") == null) {
      faults.add(Fault.MISSING_HAO);
    }
    java.util.OptionalInt year = m.group("year") == null ? java.util.OptionalInt.empty()
        : java.util.OptionalInt.of(Integer.parseInt(m.group("year")));
    DecreeNumber d = new DecreeNumber(issuer.replaceAll("(?U)\\s+", ""), year, serial);
    return new DocumentNumber.Check(input, Optional.empty(), java.util.List.copyOf(faults), Optional.of(d));
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
