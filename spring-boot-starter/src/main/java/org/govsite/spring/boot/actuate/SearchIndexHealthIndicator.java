package org.govsite.spring.boot.actuate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.search.SiteSearch;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Whether the site-search index answers (搜索索引): UP with its document count, DOWN with the failure. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SearchIndexHealthIndicator implements HealthIndicator {
  private final SiteSearch search;

  /** Creates the indicator over the site search. */
  public SearchIndexHealthIndicator(SiteSearch search) {
    this.search = search;
  }

  @Override
  public Health health() {
    try {
      return Health.up().withDetail("documents", search.size()).build();
    } catch (RuntimeException e) {
      return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
    }
  }
}
