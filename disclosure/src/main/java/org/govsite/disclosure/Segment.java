package org.govsite.disclosure;

import java.util.regex.Pattern;

/** One segment of an index-number scheme. */
record Segment(Kind kind, String text, int width) {
  private static final Pattern ORG9 = Pattern.compile("[0-9A-Z]{8}[0-9X]");
  // 统一社会信用代码 characters (GB 32100-2015 excludes I, O, Z, S, V); its check digit is verified elsewhere.
  private static final Pattern ORG18 = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{18}");

  /** The kinds of segment. */
  public enum Kind { LITERAL, ORGANISATION, CATEGORY, YEAR, SERIAL }

  /** Returns a literal segment. */
  public static Segment literal(String text) {
    return new Segment(Kind.LITERAL, text, 0);
  }

  /** Returns a field segment of a width. */
  public static Segment of(Kind kind, int width) {
    return new Segment(kind, "", width);
  }

  /** Returns the pattern an organisation code of this length must match. */
  public static Pattern organisationPattern(int length) {
    return length == 9 ? ORG9 : ORG18;
  }

  /** Returns the regular expression of the segment, with a named group for fields. */
  public String regex() {
    return switch (kind) {
      case LITERAL -> Pattern.quote(text);
      case ORGANISATION -> "(?<org>" + organisationPattern(width).pattern() + ")";
      case CATEGORY -> "(?<cat>[0-9A-Za-z]{" + width + "})";
      case YEAR -> "(?<year>[0-9]{4})";
      case SERIAL -> "(?<serial>[0-9]{" + width + "})";
    };
  }

  /** Returns the segment as the scheme's description shows it. */
  public String describe() {
    return switch (kind) {
      case LITERAL -> text;
      case ORGANISATION -> "{organisation:" + width + "}";
      case CATEGORY -> "{category:" + width + "}";
      case YEAR -> "{yyyy}";
      case SERIAL -> "{serial:" + width + "}";
    };
  }
}
