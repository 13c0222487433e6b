package org.govsite.core.screening;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.MAINTAINED;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The kind of a screening rule (规则类别), a lower-case kebab-case name such as
 * {@code wording-error}; operators may add their own.
 *
 * @param id the name, matching {@code [a-z][a-z0-9-]*}
 */
@API(status = MAINTAINED, since = "0.1")
public record Category(String id) {
  /** Serious wording errors, e.g. 攻府 for 政府 (严重表述错误). */
  public static final Category WORDING_ERROR = new Category("wording-error");
  /** Classification marks such as 秘密★1年 (涉密标志). */
  public static final Category SECRECY = new Category("secrecy");
  /** Political terms, supplied by the operator (政治敏感). */
  public static final Category POLITICAL = new Category("political");
  /** Obscene terms, supplied by the operator (色情). */
  public static final Category OBSCENE = new Category("obscene");
  /** Violent terms, supplied by the operator (暴力). */
  public static final Category VIOLENCE = new Category("violence");
  /** The default for terms without a category (自定义). */
  public static final Category CUSTOM = new Category("custom");
  /** ID, phone, bank-card and credit-code numbers and e-mail addresses (个人信息). */
  public static final Category PERSONAL_DATA = new Category("personal-data");

  /** Validates the name. */
  public Category {
    Checks.notNull(id, "id");
    if (!id.matches("[a-z][a-z0-9-]{0,63}")) {
      throw new InvalidInputException("category", "类别须为小写字母、数字和连字符 / a category is lower-case letters, digits and hyphens: '" + id + "'");
    }
  }

  /** Returns the category with this name; JSON reads a category from its name. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Category of(String id) {
    return new Category(id);
  }

  /** Returns the name, which is also the category's JSON form. */
  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
