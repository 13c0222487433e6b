package org.govsite.core.site;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.support.Codes;

/** The kind of a column (栏目类型), which decides the freshness rule that applies to it. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ColumnKind {
  /** 动态/要闻: news and work updates. */
  NEWS("动态要闻"),
  /** 通知公告: notices and announcements. */
  NOTICE("通知公告"),
  /** 政策文件: policy documents. */
  POLICY("政策文件"),
  /** 政策解读: policy interpretation. */
  INTERPRETATION("政策解读"),
  /** 人事: personnel information. */
  PERSONNEL("人事信息"),
  /** 规划计划: plans and programmes. */
  PLANNING("规划计划"),
  /** 互动: interaction (mailboxes, consultation, interviews). */
  INTERACTION("互动交流"),
  /** 办事: services and guides. */
  SERVICE("办事服务"),
  /** 概况/资料: static information not expected to change. */
  STATIC("概况资料"),
  /** 专题: special topics. */
  SPECIAL("专题专栏");

  private final String chinese;

  ColumnKind(String chinese) {
    this.chinese = chinese;
  }

  /** Returns the Chinese name, e.g. 通知公告. */
  public String chinese() {
    return chinese;
  }

  /** Returns the name used in files and JSON, e.g. {@code notice}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses the file name of a kind ({@code news}, {@code notice} …, case-insensitive).
   *
   * @throws InvalidInputException naming {@code field} when the kind is unknown
   */
  public static ColumnKind parse(String text, String field) {
    return Codes.byName(values(), text, field, "未知栏目类型 / unknown column kind", ColumnKind::jsonName);
  }
}
