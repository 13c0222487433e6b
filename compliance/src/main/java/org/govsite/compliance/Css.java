package org.govsite.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough CSS for the accessibility rules: declarations, rules of {@code <style>} blocks
 * (at-rules such as {@code @media} skipped), colours and the WCAG contrast ratio. No cascade
 * beyond simple selectors ({@code tag}, {@code .class}, {@code #id} and their compounds); the rest
 * is left to people (docs/compliance.md).
 */
final class Css {
  /** A rule: one selector of a rule set and its declarations. */
  record Rule(String selector, int specificity, int order, Map<String, String> declarations) {}

  private static final Pattern SIMPLE = Pattern.compile("^([a-z][a-z0-9]*)?(#[\\w-]+)?((?:\\.[\\w-]+)*)$");
  private static final Pattern HEX = Pattern.compile("^#([0-9a-f]{3}|[0-9a-f]{6})$");
  private static final Pattern RGB = Pattern.compile("^rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(?:,\\s*([0-9.]+)\\s*)?\\)$");
  private static final Pattern FONT_SIZE = Pattern.compile("^([0-9.]+)(px|pt|em|rem|%)$");
  private static final Pattern ZERO_WIDTH = Pattern.compile("0(px)?");
  private static final Map<String, String> NAMED = new HashMap<>();

  static {
    String[] pairs = {"black", "#000000", "white", "#ffffff", "red", "#ff0000", "green", "#008000", "blue", "#0000ff", "gray", "#808080",
        "grey", "#808080", "silver", "#c0c0c0", "yellow", "#ffff00", "orange", "#ffa500", "navy", "#000080", "maroon", "#800000",
        "purple", "#800080", "teal", "#008080", "olive", "#808000", "lime", "#00ff00", "aqua", "#00ffff", "fuchsia", "#ff00ff",
        "lightgray", "#d3d3d3", "lightgrey", "#d3d3d3", "darkgray", "#a9a9a9", "darkgrey", "#a9a9a9", "gainsboro", "#dcdcdc",
        "whitesmoke", "#f5f5f5", "darkred", "#8b0000", "darkblue", "#00008b", "darkgreen", "#006400", "pink", "#ffc0cb", "gold", "#ffd700"};
    for (int i = 0; i < pairs.length; i += 2) {
      NAMED.put(pairs[i], pairs[i + 1]);
    }
  }

  private Css() {}

  /** Returns the declarations of a style attribute or rule body, names and values lower-cased, {@code !important} dropped. */
  static Map<String, String> declarations(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String d : text.split(";")) {
      int colon = d.indexOf(':');
      if (colon > 0) {
        String value = d.substring(colon + 1).strip().toLowerCase(Locale.ROOT).replace("!important", "").strip();
        out.put(d.substring(0, colon).strip().toLowerCase(Locale.ROOT), value);
      }
    }
    return out;
  }

  /** Returns the rules of a style sheet, one per selector, in order; at-rules are skipped. */
  static List<Rule> rules(String css, int firstOrder) {
    String s = css.replaceAll("(?s)/\\*.*?\\*/", "");
    List<Rule> out = new ArrayList<>();
    int i = 0;
    int order = firstOrder;
    while (i < s.length()) {
      int open = s.indexOf('{', i);
      if (open < 0) {
        break;
      }
      String head = s.substring(i, open).strip();
      int close = matching(s, open);
      if (head.startsWith("@")) {
        int semi = s.indexOf(';', i);
        // @import …; ends at its semicolon, @media {…} at its block's end: both skipped.
        i = semi >= 0 && semi < open ? semi + 1 : close + 1;
        continue;
      }
      Map<String, String> decls = declarations(s.substring(open + 1, Math.max(open + 1, close)));
      for (String sel : head.split(",")) {
        String selector = sel.strip().toLowerCase(Locale.ROOT);
        if (!selector.isEmpty()) {
          out.add(new Rule(selector, specificity(selector), order++, decls));
        }
      }
      i = close + 1;
    }
    return out;
  }

  private static int matching(String s, int open) {
    int depth = 0;
    for (int j = open; j < s.length(); j++) {
      if (s.charAt(j) == '{') {
        depth++;
      } else if (s.charAt(j) == '}' && --depth == 0) {
        return j;
      }
    }
    return s.length() - 1;
  }

  /** Returns whether a selector is a simple compound ({@code p}, {@code .c}, {@code div#id.c}) this module can match. */
  static boolean simple(String selector) {
    return SIMPLE.matcher(selector).matches();
  }

  /** Returns whether a simple selector matches an element with this tag, id and classes. */
  static boolean matches(String selector, String tag, String id, java.util.Set<String> classes) {
    Matcher m = SIMPLE.matcher(selector);
    if (!m.matches()) {
      return false;
    }
    if (m.group(1) != null && !m.group(1).equals(tag)) {
      return false;
    }
    if (m.group(2) != null && !m.group(2).substring(1).equalsIgnoreCase(id)) {
      return false;
    }
    for (String c : m.group(3).split("\\.")) {
      if (!c.isEmpty() && classes.stream().noneMatch(x -> x.equalsIgnoreCase(c))) {
        return false;
      }
    }
    return true;
  }

  private static int specificity(String selector) {
    Matcher m = SIMPLE.matcher(selector);
    if (!m.matches()) {
      return 0;
    }
    int classes = m.group(3).isEmpty() ? 0 : m.group(3).split("\\.").length - 1;
    return (m.group(2) != null ? 100 : 0) + classes * 10 + (m.group(1) != null ? 1 : 0);
  }

  /** Returns an opaque colour as {r, g, b} 0–255; empty for transparency, images, variables and anything unknown. */
  static Optional<int[]> color(String value) {
    String v = value.strip();
    String named = NAMED.get(v);
    if (named != null) {
      v = named;
    }
    Matcher h = HEX.matcher(v);
    if (h.matches()) {
      String x = h.group(1);
      if (x.length() == 3) {
        x = "" + x.charAt(0) + x.charAt(0) + x.charAt(1) + x.charAt(1) + x.charAt(2) + x.charAt(2);
      }
      return Optional.of(new int[] {Integer.parseInt(x.substring(0, 2), 16), Integer.parseInt(x.substring(2, 4), 16),
          Integer.parseInt(x.substring(4, 6), 16)});
    }
    Matcher r = RGB.matcher(v);
    if (r.matches() && (r.group(4) == null || Double.parseDouble(r.group(4)) >= 1)) {
      int[] c = {Integer.parseInt(r.group(1)), Integer.parseInt(r.group(2)), Integer.parseInt(r.group(3))};
      return c[0] <= 255 && c[1] <= 255 && c[2] <= 255 ? Optional.of(c) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Returns the background colour of a {@code background} shorthand: empty when it has an image or no opaque colour. */
  static Optional<int[]> backgroundColor(String value) {
    if (value.contains("url(") || value.contains("gradient")) {
      return Optional.empty();
    }
    for (String token : value.split("\\s+(?![^(]*\\))")) {
      Optional<int[]> c = color(token);
      if (c.isPresent()) {
        return c;
      }
    }
    return Optional.empty();
  }

  /** The WCAG 2.0 contrast ratio of two colours, 1–21. */
  static double contrast(int[] a, int[] b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(int[] c) {
    double[] l = new double[3];
    for (int i = 0; i < 3; i++) {
      double s = c[i] / 255.0;
      l[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }

  /** Returns the colour as {@code #rrggbb}. */
  static String hex(int[] c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
  }

  /** Returns a font size in CSS pixels, when the value is one this module reads (px, pt, em, rem, %). */
  static Optional<Double> fontSizePx(String value, double parentPx) {
    Matcher m = FONT_SIZE.matcher(value.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    double n;
    try {
      n = Double.parseDouble(m.group(1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.of(switch (m.group(2)) {
      case "px" -> n;
      case "pt" -> n * 4 / 3;
      case "em" -> n * parentPx;
      case "rem" -> n * 16;
      default -> n * parentPx / 100;
    });
  }

  /** Returns whether declarations remove the focus outline ({@code outline: none/0}, {@code outline-style: none}, {@code outline-width: 0}). */
  static boolean removesOutline(Map<String, String> d) {
    String o = d.getOrDefault("outline", "");
    return o.equals("none") || o.equals("0") || o.startsWith("none ") || o.startsWith("0 ") || d.getOrDefault("outline-style", "").equals("none")
        || ZERO_WIDTH.matcher(d.getOrDefault("outline-width", "")).matches();
  }

  /** Returns whether declarations draw a focus indicator of their own (a visible outline, a box shadow, a border, a background, an underline). */
  static boolean drawsIndicator(Map<String, String> d) {
    String o = d.getOrDefault("outline", "");
    boolean outline = !o.isEmpty() && !removesOutline(d);
    String shadow = d.getOrDefault("box-shadow", "none");
    return outline || !shadow.equals("none") || d.containsKey("border") || d.containsKey("border-color") || d.containsKey("border-bottom")
        || d.containsKey("background") || d.containsKey("background-color") || d.getOrDefault("text-decoration", "").contains("underline");
  }
}
