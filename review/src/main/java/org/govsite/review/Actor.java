package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.govsite.core.AccessDeniedException;
import org.govsite.core.support.Checks;

/**
 * Who acts (操作人): a signed-in user's name and roles, as the host knows them. The workflow never
 * authenticates anyone; it takes the host's word (a servlet container, a JAX-RS
 * {@link SecurityContext}, Spring Security, a CLI) and checks each action against the roles.
 *
 * @param name the user's name, as {@link Principal#getName()} gives it; what the history records
 * @param roles the roles the user holds, e.g. {@code reviewer}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Actor(String name, Set<String> roles) {
  /** Validates the components and copies the roles. */
  public Actor {
    Checks.notNull(name, "name");
    Checks.notNull(roles, "roles");
    Checks.argument(!name.isBlank() && name.length() <= 200, "name", "用户名不能为空且不超过 200 字符",
        "is required, at most 200 characters");
    roles = Set.copyOf(roles);
  }

  /** Returns the actor for a principal with the roles the host granted it. */
  public static Actor of(Principal principal, Collection<String> roles) {
    Checks.notNull(principal, "principal");
    Checks.notNull(roles, "roles");
    return new Actor(Checks.notNull(principal.getName(), "principal"), Set.copyOf(roles));
  }

  /** Returns the actor named {@code name} with {@code roles}: for tools and tests. */
  public static Actor of(String name, String... roles) {
    Checks.notNull(roles, "roles");
    return new Actor(name, Set.of(roles));
  }

  /**
   * Returns the signed-in user of a JAX-RS request with those of {@code rolesToCheck} that
   * {@link SecurityContext#isUserInRole} grants (a security context cannot list its roles, so the
   * caller names the ones that matter, e.g. the stages' roles).
   *
   * @throws AccessDeniedException with {@link ReviewErrorCode#NOT_SIGNED_IN} when nobody is signed in
   */
  public static Actor from(SecurityContext context, Collection<String> rolesToCheck) {
    Checks.notNull(context, "context");
    Checks.notNull(rolesToCheck, "rolesToCheck");
    Principal p = context.getUserPrincipal();
    if (p == null || p.getName() == null || p.getName().isBlank()) {
      throw new AccessDeniedException(ReviewErrorCode.NOT_SIGNED_IN, "请先登录 / sign in first");
    }
    Set<String> held = new LinkedHashSet<>();
    for (String role : rolesToCheck) {
      if (role != null && context.isUserInRole(role)) {
        held.add(role);
      }
    }
    return new Actor(p.getName(), held);
  }

  /** Returns whether the actor holds {@code role}. */
  public boolean has(String role) {
    return roles.contains(role);
  }
}
