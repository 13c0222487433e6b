package org.govsite.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.security.Principal;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A signed-in member of staff (已登录的工作人员): a {@link Principal} with roles, which is what a
 * workflow driven by {@code java.security.Principal} and roles (a Jakarta {@code SecurityContext})
 * takes from the portal.
 *
 * @param name the account name
 * @param roles the account's roles
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StaffUser(String name, Set<StaffRole> roles) implements Principal {
  /** Copies the roles. */
  public StaffUser {
    Checks.notNull(name, "name");
    roles = Set.copyOf(Checks.notNull(roles, "roles"));
  }

  @Override
  public String getName() {
    return name;
  }

  /** Returns true when the user has the role, or is {@link StaffRole#ADMIN}. */
  public boolean may(StaffRole role) {
    return roles.contains(role) || roles.contains(StaffRole.ADMIN);
  }
}
