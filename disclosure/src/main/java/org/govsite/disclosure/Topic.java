package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One node of a topic tree (主题分类): its code, name, parent and children.
 *
 * @param code the code, unique in its tree, e.g. {@code 0201}
 * @param name the Chinese name, e.g. {@code 政务公开}
 * @param parentCode the parent's code, empty for a top-level category
 * @param children the sub-categories, in the tree's order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Topic(String code, String name, Optional<String> parentCode, List<Topic> children) {
  /** Checks the parts and copies the children. */
  public Topic {
    Checks.argument(code != null && !code.isBlank(), "code", "分类代码不能为空", "the topic code must not be blank");
    Checks.argument(name != null && !name.isBlank(), "name", "分类名称不能为空", "the topic name must not be blank");
    Checks.notNull(parentCode, "parentCode");
    children = List.copyOf(Checks.notNull(children, "children"));
  }
}
