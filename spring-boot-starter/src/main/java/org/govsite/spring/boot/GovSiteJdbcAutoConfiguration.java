package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.disclosure.Catalogue;
import org.govsite.disclosure.DisclosureRules;
import org.govsite.disclosure.IndexNumberAllocator;
import org.govsite.disclosure.JdbcRequestStore;
import org.govsite.disclosure.RequestStore;
import org.govsite.disclosure.RequestTracker;
import org.govsite.interaction.JdbcLetterStore;
import org.govsite.interaction.LetterStore;
import org.govsite.interaction.Mailbox;
import org.govsite.interaction.MailboxTracker;
import org.govsite.interaction.PolicySet;
import org.govsite.interaction.PublicView;
import org.govsite.interaction.SubmissionRules;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stores on the application's {@code DataSource} (数据库): the mailbox (信箱) with its JDBC
 * letter store, disclosure requests (依申请公开) with the JDBC request store, and the 索引号
 * allocator. Each store creates or upgrades its tables at start. Declare a bean of a type to
 * replace it: a {@link LetterStore} or {@link RequestStore} of your own keeps the rest.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AutoConfiguration(after = {GovSiteAutoConfiguration.class, DataSourceAutoConfiguration.class})
@ConditionalOnClass(DataSource.class)
public class GovSiteJdbcAutoConfiguration {
  /** Creates the configuration (Spring calls this). */
  public GovSiteJdbcAutoConfiguration() {}

  /** The mailbox, its tracker and its JDBC letter store ({@code govsite.mailbox.*}). */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Mailbox.class)
  @ConditionalOnBooleanProperty(name = "govsite.mailbox.enabled", matchIfMissing = true)
  public static class MailboxConfiguration {
    /** Creates the configuration (Spring calls this). */
    public MailboxConfiguration() {}

    /** The JDBC letter store on the application's data source; its tables are created or upgraded now. */
    @Bean
    @ConditionalOnMissingBean(LetterStore.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    public JdbcLetterStore govSiteLetterStore(DataSource dataSource, GovSiteProperties properties) {
      GovSiteProperties.Mailbox m = properties.getMailbox();
      JdbcLetterStore.Builder b = Settings.build("govsite.mailbox.table-prefix", m.getTablePrefix(),
          () -> JdbcLetterStore.builder().dataSource(dataSource).tablePrefix(m.getTablePrefix()));
      if (!m.getSchema().isEmpty()) {
        Settings.build("govsite.mailbox.schema", m.getSchema(), () -> b.schema(m.getSchema()));
      }
      return b.build(); // a database failure is no setting's fault: it stays itself
    }

    /** The reply-deadline tracker on the calendar, with {@code govsite.mailbox.policy-file} when set. */
    @Bean
    @ConditionalOnMissingBean
    public MailboxTracker govSiteMailboxTracker(WorkingDayCalendar calendar, GovSiteProperties properties) {
      MailboxTracker.Builder b = MailboxTracker.builder().calendar(calendar);
      Path policy = properties.getMailbox().getPolicyFile();
      if (policy != null) {
        b.policies(Settings.build("govsite.mailbox.policy-file", policy, () -> PolicySet.fromFile(policy)));
      }
      return b.build();
    }

    /** The mailbox service over the store and the tracker (none without a letter store: no data source, no mailbox). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(LetterStore.class)
    public Mailbox govSiteMailbox(LetterStore store, MailboxTracker tracker, GovSiteProperties properties) {
      SubmissionRules rules = SubmissionRules.builder()
          .mailboxes(new LinkedHashSet<>(properties.getMailbox().getMailboxes())).build();
      return Mailbox.builder().store(store).tracker(tracker).rules(rules).publicView(PublicView.standard()).build();
    }
  }

  /** Disclosure requests and the catalogue ({@code govsite.disclosure.*}). */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(RequestTracker.class)
  @ConditionalOnBooleanProperty(name = "govsite.disclosure.enabled", matchIfMissing = true)
  public static class DisclosureConfiguration {
    /** Creates the configuration (Spring calls this). */
    public DisclosureConfiguration() {}

    /** The JDBC request store on the application's data source; its tables are created or upgraded now. */
    @Bean
    @ConditionalOnMissingBean(RequestStore.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    public JdbcRequestStore govSiteRequestStore(DataSource dataSource, GovSiteProperties properties) {
      GovSiteProperties.Disclosure d = properties.getDisclosure();
      JdbcRequestStore.Builder b = Settings.build("govsite.disclosure.table-prefix", d.getTablePrefix(),
          () -> JdbcRequestStore.builder().dataSource(dataSource).tablePrefix(d.getTablePrefix()));
      if (!d.getSchema().isEmpty()) {
        Settings.build("govsite.disclosure.schema", d.getSchema(), () -> b.schema(d.getSchema()));
      }
      return b.build();
    }

    /** The request tracker: the national rules (条例 2019) on the calendar. */
    @Bean
    @ConditionalOnMissingBean
    public RequestTracker govSiteRequestTracker(WorkingDayCalendar calendar) {
      return RequestTracker.of(calendar, DisclosureRules.national());
    }

    /** The catalogue (政府信息公开目录) the catalogue API serves: empty; declare your own {@link Catalogue} bean. */
    @Bean
    @ConditionalOnMissingBean
    public Catalogue govSiteCatalogue() {
      return Catalogue.builder().build();
    }
  }

  /** The 索引号 allocator ({@code govsite.index-number.*}). */
  @API(status = EXPERIMENTAL, since = "0.1")
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(IndexNumberAllocator.class)
  @ConditionalOnBooleanProperty(name = "govsite.index-number.enabled", matchIfMissing = true)
  public static class IndexNumberConfiguration {
    /** Creates the configuration (Spring calls this). */
    public IndexNumberConfiguration() {}

    /** The allocator on the application's data source. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(DataSource.class)
    public IndexNumberAllocator govSiteIndexNumberAllocator(DataSource dataSource, GovSiteProperties properties) {
      GovSiteProperties.IndexNumber n = properties.getIndexNumber();
      return Settings.build("govsite.index-number.table", n.getTable(),
          () -> IndexNumberAllocator.builder(dataSource).table(n.getTable())).createTable(n.isCreateTable()).build();
    }
  }
}
