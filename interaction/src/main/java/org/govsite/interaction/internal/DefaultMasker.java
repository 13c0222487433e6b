package org.govsite.interaction.internal;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minimal personal-data masker of the public view (RULES §4): mainland mobile numbers
 * ({@code 138****1234}), 18-character ID numbers ({@code 35*************123}) and e-mail addresses
 * ({@code z***@example.com}).
 *
 * <p>Kept to this one class on purpose: the screening engine's masker in core replaces it when it
 * lands ({@code PublicView.builder().masker(…)}). Unlike a detector, it does not check the ID check
 * digit: masking a number that only looks like an ID costs nothing, publishing a real one is a
 * reported fault.
 */
public final class DefaultMasker implements UnaryOperator<String> {
  /** 18 characters, not inside a longer run of digits: 2 shown, 13 masked, 3 shown. */
  private static final Pattern ID = Pattern.compile("(?<![0-9])([0-9]{2})[0-9]{13}([0-9]{2}[0-9Xx])(?![0-9A-Za-z])");
  /** 11-digit mainland mobile numbers 1[3-9]…, not inside a longer run of digits. */
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");
  private static final Pattern EMAIL = Pattern.compile("([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(@[A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

  @Override
  public String apply(String text) {
    String s = replace(ID, text, "*************");
    s = replace(MOBILE, s, "****");
    return replace(EMAIL, s, "***");
  }

  private static String replace(Pattern p, String text, String stars) {
    Matcher m = p.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + stars + m.group(2)));
    }
    m.appendTail(b);
    return b.toString();
  }
}
