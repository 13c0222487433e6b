package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One classification of a catalogue entry (分类): a topic code in a named tree. An entry may carry
 * several, in one tree or in several.
 *
 * @param tree the tree's name, e.g. {@code gov.cn 主题分类}
 * @param code the topic's code in that tree
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Classification(@NotBlank String tree, @NotBlank String code) {
  /** Checks both parts. */
  public Classification {
    Checks.argument(tree != null && !tree.isBlank(), "classification.tree", "分类体系不能为空", "the tree must not be blank");
    Checks.argument(code != null && !code.isBlank(), "classification.code", "分类代码不能为空", "the code must not be blank");
  }
}
