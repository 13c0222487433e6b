package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;

/**
 * What a failed check costs the site (权重): a veto (单项否决, the site fails), a deduction of
 * some points (扣分), or advice that does not change the verdict (建议).
 *
 * @param kind the kind
 * @param points the points deducted, positive for a deduction and 0 otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Weight(Kind kind, int points) {
  /** The kind of a weight. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** 单项否决: a failure fails the site. */
    VETO,
    /** 扣分: a failure takes points off the score. */
    DEDUCTION,
    /** 建议: reported, the verdict does not change. */
    ADVICE;

    /** Returns the JSON name, e.g. {@code veto}. */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Validates the components: a deduction has 1–100 points, the other kinds none. */
  public Weight {
    Checks.notNull(kind, "kind");
    Checks.argument(kind == Kind.DEDUCTION ? points >= 1 && points <= 100 : points == 0, "points", "扣分应为1至100，其他权重为0",
        "a deduction takes 1–100 points, the other weights none: " + kind.jsonName() + " " + points);
  }

  /** Returns the veto weight. */
  public static Weight veto() {
    return new Weight(Kind.VETO, 0);
  }

  /** Returns a deduction of {@code points}. */
  public static Weight deduction(int points) {
    return new Weight(Kind.DEDUCTION, points);
  }

  /** Returns the advice weight. */
  public static Weight advice() {
    return new Weight(Kind.ADVICE, 0);
  }

  /**
   * Parses {@code veto}, {@code advice} or {@code deduction:N}.
   *
   * @throws InvalidInputException naming {@code field} for any other text
   */
  public static Weight parse(String text, String field) {
    Checks.notNull(text, field);
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.equals("veto")) {
      return veto();
    }
    if (t.equals("advice")) {
      return advice();
    }
    if (t.startsWith("deduction:")) {
      try {
        return deduction(Integer.parseInt(t.substring("deduction:".length()).strip()));
      } catch (NumberFormatException | InvalidInputException e) {
        throw new InvalidInputException(field, "扣分应为1至100 / a deduction takes 1–100 points: " + text);
      }
    }
    throw new InvalidInputException(field, "应为 veto、advice 或 deduction:N / expected veto, advice or deduction:N: " + text);
  }

  /** Returns {@code veto}, {@code advice} or {@code deduction −N}. */
  public String describe() {
    return kind == Kind.DEDUCTION ? "deduction −" + points : kind.jsonName();
  }
}
