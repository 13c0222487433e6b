package org.govsite.compliance;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The accessibility rules of one page ({@link AccessibilityRule}), fed element by element by the
 * page's single walk ({@link PageInspector}): entering and leaving each element, so declared
 * colours are inherited without a second pass.
 */
final class AccessibilityScan {
  /** At most this many findings per rule and page: the rest repeat the same fix. */
  private static final int MAX_PER_RULE = 20;
  /** Link texts that say nothing of where a link goes (WCAG 2.4.4 failure F84). */
  private static final Set<String> GENERIC_LINK_TEXT = Set.of("点击这里", "点击此处", "这里", "此处", "点击", "click here", "here", "link");
  private static final Set<String> NOT_LABELLED = Set.of("hidden", "submit", "button", "reset", "image");
  private static final Set<String> COLOUR_KEYS = Set.of("color", "background", "background-color", "font-size", "font-weight");

  /** What an element inherits: text colour, background (empty when unknown, e.g. an image), size and weight. */
  private record State(int[] fg, Optional<int[]> bg, boolean declared, double sizePx, boolean bold) {}

  private final CheckSettings settings;
  private final Map<AccessibilityRule, List<AccessibilityFinding>> found = new EnumMap<>(AccessibilityRule.class);
  private final Deque<State> stack = new ArrayDeque<>();
  private final List<Css.Rule> colourRules = new ArrayList<>();
  private final List<Css.Rule> outlineRemovals = new ArrayList<>();
  private final Set<String> labelFor = new HashSet<>();
  private final List<Element> pendingControls = new ArrayList<>();
  private final Set<String> contrastSeen = new HashSet<>();
  private boolean focusStyled;
  private int labelDepth;
  private int lastHeading;
  private int ruleOrder;

  AccessibilityScan(CheckSettings settings) {
    this.settings = settings;
    stack.push(new State(new int[] {0, 0, 0}, Optional.of(new int[] {255, 255, 255}), false, 16, false));
  }

  void enter(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "style" -> style(e.data());
      case "img", "area" -> {
        if (!e.hasAttr("alt")) {
          add(AccessibilityRule.IMAGE_ALT, e, "没有替代文本 / no alt attribute", "add alt text saying what the image shows (alt=\"\" for decoration)");
        }
      }
      case "a" -> {
        if (e.hasAttr("href")) {
          link(e);
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(e, tag.charAt(1) - '0');
      case "label" -> {
        labelDepth++;
        if (e.hasAttr("for")) {
          labelFor.add(e.attr("for"));
        }
      }
      case "input", "select", "textarea" -> control(e, tag);
      default -> { }
    }
    State parent = stack.peek();
    State s = parent == null ? new State(new int[] {0, 0, 0}, Optional.empty(), false, 16, false) : parent;
    s = colours(e, tag, s);
    stack.push(s);
  }

  void leave(Element e) {
    stack.pop();
    if (e.normalName().equals("label")) {
      labelDepth--;
    }
  }

  /** Returns the page's findings and score. */
  PageAccessibility finish(String url, Element root) {
    Element html = root.ownerDocument() == null ? root : root.ownerDocument().child(0);
    if (html.attr("lang").isBlank() && html.attr("xml:lang").isBlank()) {
      add(AccessibilityRule.PAGE_LANGUAGE, html, "页面未声明语言 / the page does not declare its language", "add lang=\"zh-CN\" to <html>");
    }
    for (Element c : pendingControls) {
      if (!labelFor.contains(c.id())) {
        add(AccessibilityRule.FORM_LABEL, c, "表单控件没有标签 / the field has no label",
            "add <label for=\"" + c.id() + "\"> with the field's name, or an aria-label");
      }
    }
    if (!focusStyled) {
      for (Css.Rule r : outlineRemovals) {
        addText(AccessibilityRule.FOCUS_VISIBLE, "<style> " + r.selector() + " {outline: " + r.declarations().getOrDefault("outline", "none") + "}",
            "去除了键盘焦点轮廓且无替代样式 / the focus outline is removed with no replacement",
            "keep the outline, or give :focus a visible style (outline, box-shadow, border, background)");
      }
    }
    List<AccessibilityFinding> all = new ArrayList<>();
    found.values().forEach(all::addAll);
    int rules = AccessibilityRule.values().length;
    return new PageAccessibility(url, (int) Math.round(100.0 * (rules - found.size()) / rules), all);
  }

  private void style(String css) {
    List<Css.Rule> rules = Css.rules(css, ruleOrder);
    ruleOrder += rules.size();
    for (Css.Rule r : rules) {
      Map<String, String> d = r.declarations();
      if (Css.removesOutline(d) && !Css.drawsIndicator(d)) {
        outlineRemovals.add(r);
      }
      if (r.selector().contains(":focus") && Css.drawsIndicator(d)) {
        focusStyled = true;
      }
      if (Css.simple(r.selector()) && d.keySet().stream().anyMatch(COLOUR_KEYS::contains)) {
        colourRules.add(r);
      }
    }
    colourRules.sort(Comparator.comparingInt(Css.Rule::specificity).thenComparingInt(Css.Rule::order));
  }

  private void link(Element a) {
    String text = a.text().strip();
    if (text.isEmpty()) {
      boolean named = !a.attr("aria-label").isBlank() || !a.attr("aria-labelledby").isBlank() || !a.attr("title").isBlank()
          || a.getElementsByTag("img").stream().anyMatch(i -> !i.attr("alt").isBlank());
      if (!named) {
        add(AccessibilityRule.LINK_TEXT, a, "链接没有文字 / the link has no text", "give the link text (or an image alt) saying where it goes");
      }
    } else if (GENERIC_LINK_TEXT.contains(text.toLowerCase(Locale.ROOT))) {
      add(AccessibilityRule.LINK_TEXT, a, "链接文字“" + text + "”未说明去向 / the text does not say where the link goes",
          "name the target, e.g. “下载申请表” instead of “" + text + "”");
    }
  }

  private void heading(Element h, int level) {
    if (lastHeading > 0 && level > lastHeading + 1) {
      add(AccessibilityRule.HEADING_ORDER, h, "标题从h" + lastHeading + "跳到h" + level + " / the heading skips from h" + lastHeading + " to h" + level,
          "use h" + (lastHeading + 1) + " here, or nest the headings without skipping a level");
    }
    lastHeading = level;
  }

  private void control(Element c, String tag) {
    if (tag.equals("input") && c.attr("type").equalsIgnoreCase("image") && !c.hasAttr("alt")) {
      add(AccessibilityRule.IMAGE_ALT, c, "图片按钮没有替代文本 / the image button has no alt", "add alt naming the button's action");
    }
    if (tag.equals("input") && NOT_LABELLED.contains(c.attr("type").toLowerCase(Locale.ROOT))) {
      return;
    }
    if (labelDepth > 0 || !c.attr("aria-label").isBlank() || !c.attr("aria-labelledby").isBlank() || !c.attr("title").isBlank()) {
      return;
    }
    if (c.id().isEmpty()) {
      add(AccessibilityRule.FORM_LABEL, c, "表单控件没有标签 / the field has no label", "give it an id and a <label for>, or an aria-label");
    } else {
      pendingControls.add(c);
    }
  }

  private State colours(Element e, String tag, State parent) {
    boolean heading = tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    boolean boldTag = heading || tag.equals("b") || tag.equals("strong") || tag.equals("th");
    if (colourRules.isEmpty() && !e.hasAttr("style") && !boldTag) {
      // Most elements declare nothing: they inherit their parent's state as it is, and text in them was judged with it.
      if (parent.declared() && parent.bg().isPresent() && hasOwnText(e)) {
        judge(e, parent);
      }
      return parent;
    }
    int[] fg = parent.fg();
    Optional<int[]> bg = parent.bg();
    boolean declared = parent.declared();
    double size = switch (tag) {
      case "h1" -> parent.sizePx() * 2;
      case "h2" -> parent.sizePx() * 1.5;
      case "h3" -> parent.sizePx() * 1.17;
      default -> parent.sizePx();
    };
    boolean bold = parent.bold() || boldTag;
    List<Map<String, String>> layers = new ArrayList<>();
    if (!colourRules.isEmpty()) {
      Set<String> classes = e.classNames();
      for (Css.Rule r : colourRules) {
        if (Css.matches(r.selector(), tag, e.id(), classes)) {
          layers.add(r.declarations());
        }
      }
    }
    String inline = e.attr("style");
    Map<String, String> own = inline.isEmpty() ? Map.of() : Css.declarations(inline);
    if (!own.isEmpty()) {
      layers.add(own);
      if (Css.removesOutline(own) && !Css.drawsIndicator(own) && focusable(e, tag)) {
        add(AccessibilityRule.FOCUS_VISIBLE, e, "去除了键盘焦点轮廓 / the focus outline is removed inline",
            "drop outline:none, or give :focus a visible style in the style sheet");
      }
    }
    for (Map<String, String> d : layers) {
      String c = d.get("color");
      if (c != null) {
        Optional<int[]> parsed = Css.color(c);
        if (parsed.isPresent()) {
          fg = parsed.get();
          declared = true;
        }
      }
      String b = d.containsKey("background-color") ? d.get("background-color") : d.get("background");
      if (b != null && !b.equals("transparent") && !b.equals("none") && !b.equals("inherit")) {
        bg = Css.backgroundColor(b);
        declared = true;
      }
      String fs = d.get("font-size");
      if (fs != null) {
        size = Css.fontSizePx(fs, parent.sizePx()).orElse(size);
      }
      String fw = d.get("font-weight");
      if (fw != null) {
        bold = fw.equals("bold") || fw.equals("bolder") || fw.matches("[6-9]00");
      }
    }
    State s = new State(fg, bg, declared, size, bold);
    if (declared && bg.isPresent() && hasOwnText(e)) {
      judge(e, s);
    }
    return s;
  }

  /** Compares the element's text colour with its background: each failing pair once per page. */
  private void judge(Element e, State s) {
    int[] fg = s.fg();
    int[] bg = s.bg().orElseThrow();
    boolean large = s.sizePx() >= 24 || (s.bold() && s.sizePx() >= 18.66);
    double min = large ? settings.minLargeTextContrast() : settings.minContrast();
    double ratio = Css.contrast(fg, bg);
    if (ratio < min && contrastSeen.add(Css.hex(fg) + Css.hex(bg) + large)) {
      add(AccessibilityRule.CONTRAST, e, String.format(Locale.ROOT, "对比度 %.2f:1 低于 %.1f:1 / contrast %.2f:1 (text %s on %s) is below %.1f:1",
          ratio, min, ratio, Css.hex(fg), Css.hex(bg), min), "darken the text or lighten the background to at least " + min + ":1");
    }
  }

  private static boolean focusable(Element e, String tag) {
    return (tag.equals("a") && e.hasAttr("href")) || tag.equals("button") || tag.equals("input") || tag.equals("select")
        || tag.equals("textarea") || e.hasAttr("tabindex");
  }

  private static boolean hasOwnText(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private void add(AccessibilityRule rule, Element e, String problem, String fix) {
    addText(rule, describe(e), problem, fix);
  }

  private void addText(AccessibilityRule rule, String element, String problem, String fix) {
    List<AccessibilityFinding> list = found.computeIfAbsent(rule, r -> new ArrayList<>());
    if (list.size() < MAX_PER_RULE) {
      list.add(new AccessibilityFinding(rule, element, problem, fix));
    }
  }

  /** The element's start tag with its identifying attributes, shortened. */
  static String describe(Element e) {
    StringBuilder b = new StringBuilder("<").append(e.normalName());
    for (String a : List.of("id", "class", "name", "type", "href", "src", "for")) {
      if (e.hasAttr(a)) {
        String v = e.attr(a);
        b.append(' ').append(a).append("=\"").append(v.length() > 60 ? v.substring(0, 60) + "…" : v).append('"');
      }
    }
    b.append('>');
    if (!e.normalName().equals("html")) {
      String t = e.ownText().strip();
      if (!t.isEmpty()) {
        b.append(t.length() > 20 ? t.substring(0, 20) + "…" : t);
      }
    }
    return b.toString();
  }
}
