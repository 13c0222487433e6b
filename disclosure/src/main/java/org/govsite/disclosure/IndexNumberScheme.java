package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;

/**
 * A configurable 索引号 scheme (索引号编制规则): ordered segments — a literal prefix, the 9- or
 * 18-character organisation or region code, a category code, the year and a zero-padded serial —
 * joined by separators; it formats, parses and validates index numbers.
 *
 * <p>No national rule fixes the form (RULES §2, open), so sites configure theirs; {@link #govCn()}
 * is the form gov.cn shows ({@code 000014349/2017-00110}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IndexNumberScheme {
  private final List<Segment> segments;
  private final SerialScope scope;
  private final Pattern pattern;
  private final int organisationLength;
  private final int categoryLength;
  private final int serialWidth;

  private IndexNumberScheme(Builder b) {
    segments = List.copyOf(b.segments);
    scope = b.scope;
    StringBuilder re = new StringBuilder("^");
    int org = 0;
    int cat = 0;
    int width = 0;
    for (Segment s : segments) {
      re.append(s.regex());
      switch (s.kind()) {
        case ORGANISATION -> org = s.width();
        case CATEGORY -> cat = s.width();
        case SERIAL -> width = s.width();
        default -> { }
      }
    }
    pattern = Pattern.compile(re.append('$').toString());
    organisationLength = org;
    categoryLength = cat;
    serialWidth = width;
  }

  /** Returns a builder; add segments in the order they appear. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the gov.cn form: 9-character organisation code, {@code /}, year, {@code -}, 5-digit serial. */
  public static IndexNumberScheme govCn() {
    return builder().organisation(9).separator("/").year().separator("-").serial(5).build();
  }

  /** Returns what a serial counts within. */
  public SerialScope scope() {
    return scope;
  }

  /** Returns the serial's width: the largest serial has this many digits. */
  public int serialWidth() {
    return serialWidth;
  }

  /** Returns the largest serial the width allows. */
  public long maxSerial() {
    long max = 1;
    for (int i = 0; i < serialWidth; i++) {
      max *= 10;
    }
    return max - 1;
  }

  /** Returns the index number's text, checking each part against the scheme. */
  public String format(IndexNumber n) {
    Checks.notNull(n, "indexNumber");
    checkParts(n.organisation(), n.category());
    Checks.argument(n.serial() <= maxSerial(), "serial", "流水号超出位数", "the serial " + n.serial() + " does not fit in " + serialWidth + " digits");
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      switch (s.kind()) {
        case LITERAL -> b.append(s.text());
        case ORGANISATION -> b.append(n.organisation());
        case CATEGORY -> b.append(n.category());
        case YEAR -> b.append(n.year());
        case SERIAL -> b.append(String.format("%0" + serialWidth + "d", n.serial()));
        default -> throw new IllegalStateException(s.kind().toString());
      }
    }
    return b.toString();
  }

  /**
   * Reads an index number.
   *
   * @throws InvalidInputException naming {@code indexNumber} when the text does not follow the scheme
   */
  public IndexNumber parse(String text) {
    Checks.notNull(text, "indexNumber");
    Matcher m = pattern.matcher(text);
    if (!m.matches()) {
      throw new InvalidInputException("indexNumber", "索引号不符合编制规则 / '" + text + "' does not follow the scheme " + this);
    }
    String org = organisationLength > 0 ? m.group("org") : "";
    String cat = categoryLength > 0 ? m.group("cat") : "";
    long serial = Long.parseLong(m.group("serial"));
    if (serial == 0) {
      throw new InvalidInputException("indexNumber", "流水号不能为 0 / the serial of '" + text + "' is zero");
    }
    return new IndexNumber(org, cat, Integer.parseInt(m.group("year")), serial);
  }

  /** Returns true when the text follows the scheme. */
  public boolean isValid(String text) {
    try {
      parse(text);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /** Returns the key of the sequence a number's serial belongs to (its organisation-year or category-year). */
  public String sequenceKey(String organisation, String category, int year) {
    checkParts(organisation, category);
    return scope == SerialScope.CATEGORY_YEAR ? organisation + "|" + category + "|" + year : organisation + "||" + year;
  }

  /** Checks the organisation and category codes against the scheme. */
  void checkParts(String organisation, String category) {
    Checks.notNull(organisation, "organisation");
    Checks.notNull(category, "category");
    if (organisationLength == 0) {
      Checks.argument(organisation.isEmpty(), "organisation", "该规则没有机构代码段", "the scheme has no organisation segment");
    } else {
      Checks.argument(Segment.organisationPattern(organisationLength).matcher(organisation).matches(), "organisation",
          "机构代码须为" + organisationLength + "位数字或大写字母", "must be " + organisationLength + " digits or capital letters: '" + organisation + "'");
    }
    if (categoryLength == 0) {
      Checks.argument(category.isEmpty(), "category", "该规则没有类别代码段", "the scheme has no category segment");
    } else {
      Checks.argument(category.matches("[0-9A-Za-z]{" + categoryLength + "}"), "category",
          "类别代码须为" + categoryLength + "位字母或数字", "must be " + categoryLength + " letters or digits: '" + category + "'");
    }
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      b.append(s.describe());
    }
    return b + " (serial per " + scope.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")";
  }

  /** Builds an index-number scheme segment by segment, checking each setting as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final List<Segment> segments = new ArrayList<>();
    private SerialScope scope = SerialScope.ORGANISATION_YEAR;

    private Builder() {}

    private boolean has(Segment.Kind k) {
      return segments.stream().anyMatch(s -> s.kind() == k);
    }

    private void once(Segment.Kind k, String field) {
      Checks.argument(!has(k), field, "该段只能出现一次", "the scheme already has a " + field + " segment");
    }

    /** Adds a literal prefix, e.g. a site code. */
    public Builder prefix(String text) {
      Checks.argument(segments.isEmpty(), "prefix", "前缀须为第一段", "the prefix must be the first segment");
      return literal(text, "prefix");
    }

    /** Adds a separator, e.g. {@code /} or {@code -}. */
    public Builder separator(String text) {
      return literal(text, "separator");
    }

    private Builder literal(String text, String field) {
      Checks.argument(text != null && !text.isEmpty() && text.length() <= 20 && text.codePoints().noneMatch(Character::isWhitespace),
          field, "须为1–20个非空白字符", "must be 1–20 characters without spaces");
      segments.add(Segment.literal(text));
      return this;
    }

    /** Adds the organisation or region code of 9 or 18 characters. */
    public Builder organisation(int length) {
      once(Segment.Kind.ORGANISATION, "organisation");
      Checks.argument(length == 9 || length == 18, "organisation", "机构代码须为9位或18位", "the organisation code has 9 or 18 characters: " + length);
      segments.add(Segment.of(Segment.Kind.ORGANISATION, length));
      return this;
    }

    /** Adds a category code of a fixed number of letters or digits. */
    public Builder category(int length) {
      once(Segment.Kind.CATEGORY, "category");
      Checks.argument(length >= 1 && length <= 10, "category", "类别代码须为1–10位", "the category code has 1 to 10 characters: " + length);
      segments.add(Segment.of(Segment.Kind.CATEGORY, length));
      return this;
    }

    /** Adds the four-digit year. */
    public Builder year() {
      once(Segment.Kind.YEAR, "year");
      segments.add(Segment.of(Segment.Kind.YEAR, 4));
      return this;
    }

    /** Adds the serial, zero-padded to {@code width} digits. */
    public Builder serial(int width) {
      once(Segment.Kind.SERIAL, "serial");
      Checks.argument(width >= 1 && width <= 12, "serial", "流水号位数须为1–12", "the serial width must be 1 to 12 digits: " + width);
      segments.add(Segment.of(Segment.Kind.SERIAL, width));
      return this;
    }

    /** Sets what the serial counts within (default: organisation-year). */
    public Builder scope(SerialScope v) {
      scope = Checks.notNull(v, "scope");
      return this;
    }

    /** Returns the scheme after checking the segments fit together. */
    public IndexNumberScheme build() {
      Checks.argument(has(Segment.Kind.YEAR), "year", "缺少年份段", "the scheme needs a year segment");
      Checks.argument(has(Segment.Kind.SERIAL), "serial", "缺少流水号段", "the scheme needs a serial segment");
      Checks.argument(scope != SerialScope.CATEGORY_YEAR || has(Segment.Kind.CATEGORY), "scope",
          "按类别编号须有类别段", "a per-category-year serial needs a category segment");
      // Every field has a fixed width, so adjacent fields without a separator still parse unambiguously.
      return new IndexNumberScheme(this);
    }
  }
}
