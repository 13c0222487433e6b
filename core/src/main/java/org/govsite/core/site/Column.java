package org.govsite.core.site;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A column of a site (栏目): its id, name, level in the column tree (1 = 一级栏目), kind, parent
 * and, optionally, its own freshness rule that overrides the policy's rule for its kind.
 *
 * @param id the column's id, unique within its site
 * @param name the column's name, e.g. 工作动态
 * @param level 1 for a first-level column, 2 for its sub-columns, …
 * @param kind the kind, which selects the policy's rule
 * @param parentId the parent column's id; empty for a first-level column
 * @param rule the column's own rule; empty to use the policy's rule for its kind
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Column(String id, String name, int level, ColumnKind kind, Optional<String> parentId, Optional<FreshnessRule> rule) {
  /** The deepest level accepted: far beyond any real column tree, low enough to catch a cycle. */
  public static final int MAX_LEVEL = 20;

  /** Validates the components. */
  public Column {
    Checks.notNull(id, "id");
    Checks.argument(!id.isBlank(), "id", "栏目标识不能为空", "a column id must not be blank");
    Checks.notNull(name, "name");
    Checks.notNull(kind, "kind");
    Checks.notNull(parentId, "parentId");
    Checks.notNull(rule, "rule");
    if (level < 1 || level > MAX_LEVEL) {
      throw new InvalidInputException("level", "栏目级别应为1至" + MAX_LEVEL + " / the level must be 1–" + MAX_LEVEL + ": " + level);
    }
    Checks.argument(level == 1 ? parentId.isEmpty() : parentId.isPresent(), "parentId",
        "一级栏目没有上级栏目，其他栏目必须有", "a first-level column has no parent and deeper columns have one");
  }

  /** Returns a first-level column (一级栏目) without its own rule. */
  public static Column of(String id, String name, ColumnKind kind) {
    return new Column(id, name, 1, kind, Optional.empty(), Optional.empty());
  }

  /** Returns a sub-column of {@code parent} (one level deeper) without its own rule. */
  public static Column under(Column parent, String id, String name, ColumnKind kind) {
    Checks.notNull(parent, "parent");
    return new Column(id, name, parent.level() + 1, kind, Optional.of(parent.id()), Optional.empty());
  }

  /** Returns a copy with its own freshness rule. */
  public Column withRule(FreshnessRule own) {
    return new Column(id, name, level, kind, parentId, Optional.of(Checks.notNull(own, "rule")));
  }
}
