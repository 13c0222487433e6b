package org.govsite.core.screening;

import org.govsite.core.InvalidInputException;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * Named screeners (检查配置) for the places that cannot take one by constructor: the
 * {@link Screened} constraint and the {@link org.govsite.core.web.ScreeningFilter} declared in {@code web.xml}.
 * {@value #DEFAULT} is {@link Screener#standard()} until a site registers its own.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ScreenerRegistry {
  /** The name used when none is given. */
  public static final String DEFAULT = "default";

  private static final Map<String, Screener> SCREENERS = new ConcurrentHashMap<>();

  private ScreenerRegistry() {}

  /** Registers (or replaces) the screener of a profile, e.g. at application start. */
  public static void register(String profile, Screener screener) {
    Checks.argument(profile != null && !profile.isBlank(), "profile", "名称不能为空", "a profile name must not be empty");
    SCREENERS.put(profile, Checks.notNull(screener, "screener"));
  }

  /** Returns the screener of a profile; {@value #DEFAULT} falls back to the standard screener. */
  public static Screener get(String profile) {
    Checks.notNull(profile, "profile");
    Screener s = SCREENERS.get(profile);
    if (s != null) {
      return s;
    }
    if (profile.equals(DEFAULT)) {
      return Screener.standard();
    }
    throw new InvalidInputException("profile", "未注册的检查配置 / no screener registered under '" + profile + "'");
  }

  /** Removes a profile's screener (the default falls back to the standard screener). */
  public static void unregister(String profile) {
    SCREENERS.remove(Checks.notNull(profile, "profile"));
  }
}
