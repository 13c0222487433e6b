package org.govsite.spring.boot.actuate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.apiguardian.api.API;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.disclosure.RequestStore;
import org.govsite.disclosure.RequestTracker;
import org.govsite.interaction.LetterStore;
import org.govsite.interaction.Mailbox;
import org.govsite.review.ReviewWorkflow;
import org.govsite.search.SiteSearch;
import org.govsite.spring.boot.GovSiteAutoConfiguration;
import org.govsite.spring.boot.GovSiteJdbcAutoConfiguration;
import org.govsite.spring.boot.GovSiteProperties;
import org.govsite.spring.boot.GovSiteReviewAutoConfiguration;
import org.govsite.spring.boot.GovSiteSearchAutoConfiguration;
import org.govsite.spring.boot.web.GovSiteWebAutoConfiguration;
import org.govsite.spring.boot.web.ScreeningBlocks;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Health indicators and metrics for GovSite (运行监测), when Spring Boot Actuator is present:
 * {@code govsite-calendar}, {@code govsite-search} and {@code govsite-database} in
 * {@code /actuator/health} (each can be switched off with
 * {@code management.health.govsite-….enabled=false}), and the meters of {@link GovSiteMetrics} and
 * {@link ReviewMetrics}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AutoConfiguration(after = {GovSiteAutoConfiguration.class, GovSiteJdbcAutoConfiguration.class,
    GovSiteSearchAutoConfiguration.class, GovSiteReviewAutoConfiguration.class, GovSiteWebAutoConfiguration.class})
public class GovSiteActuatorAutoConfiguration {
  /** Creates the configuration (Spring calls this). */
  public GovSiteActuatorAutoConfiguration() {}

  /** The health indicators. */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
  public static class Health {
    /** Creates the configuration (Spring calls this). */
    public Health() {}

    /** Calendar coverage: WARNING from {@code govsite.health.calendar-warning-from} without next year's notice. */
    @Bean(name = "govsite-calendarHealthIndicator")
    @ConditionalOnBean(WorkingDayCalendar.class)
    @ConditionalOnMissingBean(name = "govsite-calendarHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("govsite-calendar")
    public CalendarCoverageHealthIndicator govSiteCalendarHealth(WorkingDayCalendar calendar, GovSiteProperties properties) {
      return new CalendarCoverageHealthIndicator(calendar, Clock.system(properties.getZone()),
          properties.getHealth().calendarWarningDay());
    }

    /** The search index answers. */
    @Bean(name = "govsite-searchHealthIndicator")
    @ConditionalOnBean(SiteSearch.class)
    @ConditionalOnMissingBean(name = "govsite-searchHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("govsite-search")
    public SearchIndexHealthIndicator govSiteSearchHealth(SiteSearch search) {
      return new SearchIndexHealthIndicator(search);
    }

    /** GovSite's tables are readable. */
    @Bean(name = "govsite-databaseHealthIndicator")
    @ConditionalOnMissingBean(name = "govsite-databaseHealthIndicator")
    @ConditionalOnEnabledHealthIndicator("govsite-database")
    public DatabaseSchemaHealthIndicator govSiteDatabaseHealth(ObjectProvider<LetterStore> letters,
        ObjectProvider<RequestStore> requests) {
      return new DatabaseSchemaHealthIndicator(letters.getIfAvailable(), requests.getIfAvailable());
    }
  }

  /** The metrics. */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterBinder.class)
  public static class Metrics {
    /** Creates the configuration (Spring calls this). */
    public Metrics() {}

    /** Overdue letters, requests due soon, screening blocks. */
    @Bean
    @ConditionalOnMissingBean
    public GovSiteMetrics govSiteMetrics(ObjectProvider<Mailbox> mailbox, ObjectProvider<RequestStore> requests,
        ObjectProvider<RequestTracker> tracker, ObjectProvider<ScreeningBlocks> blocks, GovSiteProperties properties) {
      GovSiteProperties.Metrics m = properties.getMetrics();
      return new GovSiteMetrics(mailbox.getIfAvailable(), requests.getIfAvailable(), tracker.getIfAvailable(),
          blocks.getIfAvailable(), Clock.system(properties.getZone()), m.getDueSoonWorkingDays(), m.getRefreshInterval());
    }

    /** The review queue, when govsite-review is present. */
    @API(status = EXPERIMENTAL, since = "0.1")
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ReviewWorkflow.class)
    public static class Review {
      /** Creates the configuration (Spring calls this). */
      public Review() {}

      /** Waiting items and decisions by stage. */
      @Bean
      @ConditionalOnBean(ReviewWorkflow.class)
      @ConditionalOnMissingBean
      public ReviewMetrics govSiteReviewMetrics(ReviewWorkflow workflow) {
        return new ReviewMetrics(workflow);
      }
    }
  }
}
