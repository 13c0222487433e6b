package org.govsite.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.govsite.core.UnavailableException;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.Verdict;
import org.govsite.disclosure.Catalogue;
import org.govsite.disclosure.IndexNumberAllocator;
import org.govsite.disclosure.JdbcRequestStore;
import org.govsite.disclosure.RequestStore;
import org.govsite.disclosure.RequestTracker;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.Mailbox;
import org.govsite.review.ReviewWorkflow;
import org.govsite.search.SearchBackend;
import org.govsite.search.SiteSearch;
import org.govsite.spring.boot.actuate.GovSiteActuatorAutoConfiguration;
import org.govsite.spring.boot.actuate.GovSiteMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** What the starter configures, what an application replaces, and how a wrong setting stops the start. */
class GovSiteAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, GovSiteAutoConfiguration.class,
          GovSiteJdbcAutoConfiguration.class, GovSiteSearchAutoConfiguration.class, GovSiteReviewAutoConfiguration.class,
          GovSiteActuatorAutoConfiguration.class))
      .withPropertyValues("spring.datasource.generate-unique-name=true");

  @Test
  void everyBeanIsConfiguredOnTheApplicationsDataSource() {
    runner.run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(ctx).hasSingleBean(WorkingDayCalendar.class).hasSingleBean(Screener.class)
          .hasSingleBean(JdbcLetterStore.class).hasSingleBean(Mailbox.class).hasSingleBean(JdbcRequestStore.class)
          .hasSingleBean(RequestTracker.class).hasSingleBean(Catalogue.class).hasSingleBean(IndexNumberAllocator.class)
          .hasSingleBean(SiteSearch.class).hasSingleBean(ReviewWorkflow.class).hasSingleBean(GovSiteMetrics.class);
      // The allocator works on the tables it made in the application's database.
      assertThat(ctx.getBean(IndexNumberAllocator.class).allocateText("000000000", "", 2025)).isEqualTo("000000000/2025-00001");
      assertThat(ctx.getBean(Screener.class).screen("攻府").verdict()).isEqualTo(Verdict.BLOCK);
      // No govsite.search.opensearch.url: embedded search.
      assertThat(ctx).doesNotHaveBean(SearchBackend.class);
    });
  }

  @Test
  void anApplicationsOwnBeanReplacesTheStarters() {
    Screener own = Screener.builder().normalize(false).build();
    RequestStore store = RequestStore.inMemory();
    runner.withBean(Screener.class, () -> own).withBean(RequestStore.class, () -> store).run(ctx -> {
      assertThat(ctx.getBean(Screener.class)).isSameAs(own);
      assertThat(ctx.getBean(RequestStore.class)).isSameAs(store);
      assertThat(ctx).doesNotHaveBean(JdbcRequestStore.class);
    });
  }

  @Test
  void switchesTurnPartsOff() {
    runner.withPropertyValues("govsite.mailbox.enabled=false", "govsite.review.enabled=false", "govsite.search.enabled=false")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed().doesNotHaveBean(Mailbox.class).doesNotHaveBean(ReviewWorkflow.class)
              .doesNotHaveBean(SiteSearch.class).hasSingleBean(JdbcRequestStore.class);
        });
  }

  @Test
  void withoutADataSourceTheStoresAndWhatNeedsThemStepAside() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(GovSiteAutoConfiguration.class,
        GovSiteJdbcAutoConfiguration.class, GovSiteSearchAutoConfiguration.class, GovSiteReviewAutoConfiguration.class,
        GovSiteActuatorAutoConfiguration.class)).run(ctx -> {
          assertThat(ctx).hasNotFailed().hasSingleBean(WorkingDayCalendar.class).hasSingleBean(Screener.class)
              .hasSingleBean(RequestTracker.class).hasSingleBean(SiteSearch.class).hasSingleBean(GovSiteMetrics.class)
              .doesNotHaveBean(Mailbox.class).doesNotHaveBean(RequestStore.class).doesNotHaveBean(ReviewWorkflow.class)
              .doesNotHaveBean(IndexNumberAllocator.class);
        });
  }

  @Test
  void withoutGovSiteReviewThereIsNoWorkflow() {
    runner.withClassLoader(new FilteredClassLoader(ReviewWorkflow.class)).run(ctx -> {
      assertThat(ctx).hasNotFailed().doesNotHaveBean(ReviewWorkflow.class).hasSingleBean(Mailbox.class);
    });
  }

  @Test
  void anOpenSearchUrlNobodyAnswersStopsTheStartNamingTheNode() {
    // govsite-search-opensearch is on this class path: the URL selects its backend, and a node
    // that does not answer is the typed 503 error, not a silent fall back to embedded search.
    runner.withPropertyValues("govsite.search.opensearch.url=http://127.0.0.1:1").run(ctx -> {
      assertThat(ctx).hasFailed();
      Throwable t = ctx.getStartupFailure();
      while (t != null && !(t instanceof UnavailableException)) {
        t = t.getCause();
      }
      assertThat(t).isInstanceOf(UnavailableException.class).hasMessageContaining("127.0.0.1:1");
    });
  }

  @Test
  void aFolderIndexIsMadeAtStart(@TempDir Path dir) {
    runner.withPropertyValues("govsite.search.index-dir=" + dir.resolve("index")).run(ctx -> {
      assertThat(ctx).hasNotFailed();
      assertThat(Files.isDirectory(dir.resolve("index"))).isTrue();
      assertThat(ctx.getBean(SiteSearch.class).size()).isZero();
    });
  }

  @Test
  void aMissingCalendarFileStopsTheStartNamingTheKey() {
    runner.withPropertyValues("govsite.calendar.files=/no/such/2027.json").run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .satisfies(e -> assertThat(((InvalidConfigurationPropertyValueException) e).getName()).isEqualTo("govsite.calendar.files"));
    });
  }

  @Test
  void aBadTablePrefixStopsTheStartNamingTheKey() {
    runner.withPropertyValues("govsite.mailbox.table-prefix=letters; drop table x").run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .satisfies(e -> assertThat(((InvalidConfigurationPropertyValueException) e).getName()).isEqualTo("govsite.mailbox.table-prefix"));
    });
  }

  @Test
  void aMissingDictionaryStopsTheStartNamingTheKey() {
    runner.withPropertyValues("govsite.screening.dictionaries=/no/such/words.tsv").run(ctx -> {
      assertThat(ctx).hasFailed();
      assertThat(ctx.getStartupFailure()).rootCause().isInstanceOf(InvalidConfigurationPropertyValueException.class)
          .satisfies(e -> assertThat(((InvalidConfigurationPropertyValueException) e).getName()).isEqualTo("govsite.screening.dictionaries"));
    });
  }

  @Test
  void valuesOutOfRangeStopTheStartNamingTheKey() {
    for (String setting : new String[] {"govsite.metrics.due-soon-working-days=-1", "govsite.health.calendar-warning-from=13-40",
        "govsite.screening.max-body-bytes=10", "govsite.search.letter-url=/letters", "govsite.metrics.refresh-interval=0s",
        "govsite.screening.url-patterns=api/*"}) {
      String key = setting.substring(0, setting.indexOf('='));
      runner.withPropertyValues(setting).run(ctx -> {
        assertThat(ctx).as(setting).hasFailed();
        assertThat(messages(ctx.getStartupFailure())).as(setting).contains(key);
      });
    }
  }

  /** Every message of the failure's chain: a binding failure names the key in its cause ("Failed to bind properties under '…'"). */
  private static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }
}
