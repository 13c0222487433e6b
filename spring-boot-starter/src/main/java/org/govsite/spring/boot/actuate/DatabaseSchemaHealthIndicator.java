package org.govsite.spring.boot.actuate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.govsite.disclosure.RequestStore;
import org.govsite.interaction.LetterStore;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether GovSite's tables are there and readable (数据库表结构): a read from the letter tables and
 * one from the request tables. DOWN names the store that failed: a dropped table, a missing column
 * after a downgrade, or a database the application cannot reach.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DatabaseSchemaHealthIndicator implements HealthIndicator {
  /** An id no request has: reading it reads the tables without reading every row. */
  private static final String PROBE = "HEALTH-CHECK";
  private final @Nullable LetterStore letters;
  private final @Nullable RequestStore requests;

  /** Creates the indicator over the stores there are (either may be absent). */
  public DatabaseSchemaHealthIndicator(@Nullable LetterStore letters, @Nullable RequestStore requests) {
    this.letters = letters;
    this.requests = requests;
  }

  @Override
  public Health health() {
    Map<String, Object> details = new LinkedHashMap<>();
    boolean up = true;
    if (letters != null) {
      up &= check(details, "letters", () -> letters.find(PROBE));
    }
    if (requests != null) {
      up &= check(details, "requests", () -> requests.find(PROBE));
    }
    return (up ? Health.up() : Health.down()).withDetails(details).build();
  }

  private static boolean check(Map<String, Object> details, String store, Runnable read) {
    try {
      read.run();
      details.put(store, "ok");
      return true;
    } catch (RuntimeException e) {
      details.put(store, String.valueOf(e.getMessage()));
      return false;
    }
  }
}
