package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The ordered review stages of a workflow (审核流程): an item is published when the last one
 * approves. Exactly one stage is the secrecy review (保密审查), as RULES §5 (seed 000, 篇十) asks of
 * every publication.
 *
 * @param stages the stages in the order an item passes them; names unique, exactly one secrecy review
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReviewStages(List<ReviewStage> stages) {
  /** The role of the first stage of {@link #standard()}, 初审. */
  public static final String REVIEWER = "reviewer";
  /** The role of the second stage of {@link #standard()}, 复审. */
  public static final String APPROVER = "approver";
  /** The role of the third stage of {@link #standard()}, 终审 with 保密审查. */
  public static final String SECRECY = "secrecy";

  /** Validates the stages and copies the list. */
  public ReviewStages {
    Checks.notNull(stages, "stages");
    stages = List.copyOf(stages);
    Checks.argument(!stages.isEmpty() && stages.size() <= 10, "stages", "须有 1–10 个审核环节", "1 to 10 stages are required");
    Set<String> names = new HashSet<>();
    long secrecy = 0;
    for (ReviewStage s : stages) {
      Checks.argument(names.add(s.name()), "stages", "环节名称重复", "stage names must be unique: " + s.name());
      secrecy += s.secrecyReview() ? 1 : 0;
    }
    Checks.argument(secrecy == 1, "stages", "须恰有一个保密审查环节", "exactly one stage must be the secrecy review");
  }

  /**
   * Returns the three-level sign-off of RULES §5 (seed 000, 篇十): 初审 by a {@value #REVIEWER}
   * (unit head), 复审 by an {@value #APPROVER} (办公室), 终审 with 保密审查 by {@value #SECRECY}.
   */
  public static ReviewStages standard() {
    return new ReviewStages(List.of(ReviewStage.of("初审", REVIEWER), ReviewStage.of("复审", APPROVER),
        new ReviewStage("终审", SECRECY, true)));
  }

  /** Returns the given stages, in order. */
  public static ReviewStages of(ReviewStage... stages) {
    Checks.notNull(stages, "stages");
    return new ReviewStages(List.of(stages));
  }

  /** Returns how many stages there are. */
  public int size() {
    return stages.size();
  }

  /** Returns the stage at {@code index} (0-based). */
  public ReviewStage get(int index) {
    return stages.get(index);
  }

  /** Returns the index of the stage named {@code name}, or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < stages.size(); i++) {
      if (stages.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the secrecy-review stage. */
  public ReviewStage secrecyStage() {
    return stages.stream().filter(ReviewStage::secrecyReview).findFirst().orElseThrow();
  }

  /** Returns the stage at {@code index}, or empty past the last one. */
  public Optional<ReviewStage> at(int index) {
    return index >= 0 && index < stages.size() ? Optional.of(stages.get(index)) : Optional.empty();
  }
}
