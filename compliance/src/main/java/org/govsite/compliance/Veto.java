package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * One veto item of the scorecard (单项否决项) with its evidence.
 *
 * @param code the item
 * @param failed whether it fails the site
 * @param count how many offences were counted
 * @param threshold the count at which it fails
 * @param rule the rule it cites, e.g. {@code RULES §3 站点无法访问}
 * @param evidence one line per offence (a URL, column or letter with what was found)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Veto(VetoCode code, boolean failed, int count, int threshold, String rule, List<String> evidence) {
  /** Validates the components. */
  public Veto {
    Checks.notNull(code, "code");
    Checks.notNull(rule, "rule");
    evidence = List.copyOf(Checks.notNull(evidence, "evidence"));
  }
}
