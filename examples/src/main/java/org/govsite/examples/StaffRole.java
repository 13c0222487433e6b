package org.govsite.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Codes;

/** A staff role (工作人员角色): what a signed-in member of staff may do in the portal. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum StaffRole {
  /** 编辑: writes column articles. */
  EDITOR("editor", "编辑"),
  /** 初审: first review of an item. */
  REVIEWER("reviewer", "初审"),
  /** 复审/终审: approves an item for publication. */
  APPROVER("approver", "审核签发"),
  /** 保密审查: the secrecy review. */
  SECRECY("secrecy", "保密审查"),
  /** 信箱办理: replies to letters. */
  MAILBOX("mailbox", "信箱办理"),
  /** 系统管理: every action, and the staff action log. */
  ADMIN("admin", "系统管理");

  private final String code;
  private final String chinese;

  StaffRole(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** Returns the role's name on the command line and in the database ({@code editor} …). */
  public String code() {
    return code;
  }

  /** Returns the Chinese name. */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the role named by its code.
   *
   * @throws InvalidInputException naming {@code --role} when no role has that code
   */
  public static StaffRole ofCode(String code) {
    return Codes.byName(values(), code, "--role", "未知的角色 / unknown role", StaffRole::code);
  }
}
