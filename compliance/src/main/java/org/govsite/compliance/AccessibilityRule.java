package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * An accessibility rule the audit checks in the markup (无障碍规则), from GB/T 37668-2019 (which
 * follows WCAG 2.0, level AA) and the 2020–2021 适老化及无障碍 campaign. The rules that need a person
 * are listed in docs/compliance.md.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AccessibilityRule {
  /** 页面语言: {@code <html lang>} names the page's language (WCAG 3.1.1, 可理解性). */
  PAGE_LANGUAGE("page-language", "页面语言", "GB/T 37668-2019 可理解性 (WCAG 2.0 3.1.1)"),
  /** 图片替代文本: every {@code img}, {@code area} and image button has an {@code alt} (WCAG 1.1.1, 可感知性). */
  IMAGE_ALT("image-alt", "图片替代文本", "GB/T 37668-2019 可感知性 (WCAG 2.0 1.1.1)"),
  /** 表单标签: every form control has a label (WCAG 1.3.1, 3.3.2). */
  FORM_LABEL("form-label", "表单标签", "GB/T 37668-2019 可感知性/可理解性 (WCAG 2.0 1.3.1, 3.3.2)"),
  /** 标题层级: headings do not skip a level (WCAG 1.3.1). */
  HEADING_ORDER("heading-order", "标题层级", "GB/T 37668-2019 可感知性 (WCAG 2.0 1.3.1, 2.4.6)"),
  /** 链接文字: every link has text that says where it goes (WCAG 2.4.4). */
  LINK_TEXT("link-text", "链接文字", "GB/T 37668-2019 可操作性 (WCAG 2.0 2.4.4)"),
  /** 颜色对比度: declared text and background colours contrast at least 4.5:1 (large text 3:1) (WCAG 1.4.3). */
  CONTRAST("contrast", "颜色对比度", "GB/T 37668-2019 可感知性 (WCAG 2.0 1.4.3); 适老化 campaign"),
  /** 键盘焦点可见: the focus outline is not removed without a replacement (WCAG 2.4.7). */
  FOCUS_VISIBLE("focus-visible", "焦点可见", "GB/T 37668-2019 可操作性 (WCAG 2.0 2.4.7); 适老化 campaign");

  private final String id;
  private final String chinese;
  private final String source;

  AccessibilityRule(String id, String chinese, String source) {
    this.id = id;
    this.chinese = chinese;
    this.source = source;
  }

  /** Returns the JSON id, e.g. {@code image-alt}. */
  public String id() {
    return id;
  }

  /** Returns the Chinese name, e.g. 图片替代文本. */
  public String chinese() {
    return chinese;
  }

  /** Returns the clause it cites. */
  public String source() {
    return source;
  }
}
