package org.govsite.spring.boot;

import java.util.function.Supplier;
import org.govsite.core.GovSiteException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Turns a GovSite builder's refusal of a setting into Spring Boot's failure naming the
 * {@code govsite.*} key: the start stops with "Invalid value … for configuration property …".
 */
final class Settings {
  private Settings() {}

  /** Runs {@code build}; a GovSite refusal (a missing file, a bad value) becomes a failure naming {@code key}. */
  static <T> T build(String key, @Nullable Object value, Supplier<T> build) {
    try {
      return build.get();
    } catch (GovSiteException | IllegalArgumentException e) {
      throw new InvalidConfigurationPropertyValueException(key, String.valueOf(value), String.valueOf(e.getMessage()));
    }
  }
}
