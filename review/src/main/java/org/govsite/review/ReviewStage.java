package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One review stage (审核环节): its name, the role that signs it, and whether it is the secrecy
 * review (保密审查) that must acknowledge every {@code review} finding before it approves.
 *
 * @param name the stage's name, e.g. {@code 初审}; unique within a workflow
 * @param role the role an actor needs to sign the stage, e.g. {@code reviewer}
 * @param secrecyReview whether this stage is the secrecy review
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReviewStage(String name, String role, boolean secrecyReview) {
  /** Validates the components. */
  public ReviewStage {
    Checks.notNull(name, "name");
    Checks.notNull(role, "role");
    Checks.argument(!name.isBlank() && name.length() <= 40, "name", "环节名称不能为空且不超过 40 字符",
        "a stage name is required, at most 40 characters");
    Checks.argument(!role.isBlank() && role.length() <= 40, "role", "角色不能为空且不超过 40 字符",
        "a role is required, at most 40 characters");
  }

  /** Returns a stage that is not the secrecy review. */
  public static ReviewStage of(String name, String role) {
    return new ReviewStage(name, role, false);
  }
}
