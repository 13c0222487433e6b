package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** The kind of a searchable document (内容类别), by which results are grouped and filtered. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ContentKind {
  /** A disclosure catalogue entry (信息公开). */
  DISCLOSURE("信息公开"),
  /** A column item or page: news, notices, policies (栏目信息). */
  ARTICLE("栏目信息"),
  /** A published letter and its reply (互动交流). */
  LETTER("互动交流"),
  /** A service guide (办事服务). */
  SERVICE("办事服务"),
  /** Anything else (其他). */
  OTHER("其他");

  private final String label;

  ContentKind(String label) {
    this.label = label;
  }

  /** Returns the Chinese label shown to residents, e.g. 信息公开. */
  public String label() {
    return label;
  }

  /** Returns the lower-case code used in URLs, JSON and the CLI, e.g. {@code disclosure}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the kind with the given code, or throws naming the field. */
  public static ContentKind ofCode(String code, String field) {
    return Codes.byName(values(), code, field, "未知的内容类别 / unknown kind", ContentKind::code);
  }
}
