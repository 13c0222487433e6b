package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.govsite.core.AccessDeniedException;
import org.govsite.core.support.Checks;

/**
 * Who acts (操作人): a signed-in user's name and roles, as the host knows them. The workflow never
 * authenticates anyone; it takes the host's word (a servlet container, a JAX-RS security context,
 * Spring Security, a CLI) and checks each action against the roles. It names no host type, so the
 * module needs none of their APIs.
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
   * Returns the signed-in user as any host knows it: its principal (empty when nobody is signed in)
   * and its role test, with those of {@code rolesToCheck} the test grants. A host's security API
   * tests roles one at a time and cannot list them, so the caller names the ones that matter (the
   * stages' roles). For JAX-RS: {@code Actor.signedIn(Optional.ofNullable(ctx.getUserPrincipal()),
   * ctx::isUserInRole, roles)}; for a servlet request: {@code req.getUserPrincipal()} and
   * {@code req::isUserInRole}; Spring Security's {@code Authentication} works the same way.
   *
   * @throws AccessDeniedException with {@link ReviewErrorCode#NOT_SIGNED_IN} when nobody is signed in
   */
  public static Actor signedIn(Optional<? extends Principal> principal, Predicate<String> isUserInRole,
      Collection<String> rolesToCheck) {
    Checks.notNull(principal, "principal");
    Checks.notNull(isUserInRole, "isUserInRole");
    Checks.notNull(rolesToCheck, "rolesToCheck");
    String name = principal.map(Principal::getName).filter(n -> !n.isBlank()).orElseThrow(
        () -> new AccessDeniedException(ReviewErrorCode.NOT_SIGNED_IN, "请先登录 / sign in first"));
    Set<String> held = new LinkedHashSet<>();
    for (String role : rolesToCheck) {
      if (isUserInRole.test(Checks.notNull(role, "rolesToCheck"))) {
        held.add(role);
      }
    }
    return new Actor(name, held);
  }

  /** Returns whether the actor holds {@code role}. */
  public boolean has(String role) {
    return roles.contains(role);
  }
}
