package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * GovSite's settings (GovSite 配置项) under {@code govsite.*}, bound from the application's
 * properties or YAML. Each setter checks its value, so a wrong one stops the application at start
 * with the key named; docs/spring-boot.md lists every key.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@ConfigurationProperties(prefix = "govsite")
public class GovSiteProperties {
  /** The time zone every deadline, receipt time and health check is judged in (Beijing time). */
  private ZoneId zone = ZoneId.of("Asia/Shanghai");

  private final Calendar calendar = new Calendar();
  private final Screening screening = new Screening();
  private final Mailbox mailbox = new Mailbox();
  private final Disclosure disclosure = new Disclosure();
  private final IndexNumber indexNumber = new IndexNumber();
  private final Search search = new Search();
  private final Review review = new Review();
  private final Api api = new Api();
  private final Health health = new Health();
  private final Metrics metrics = new Metrics();

  /** Returns the time zone. */
  public ZoneId getZone() {
    return zone;
  }

  /** Sets the time zone. */
  public void setZone(ZoneId zone) {
    this.zone = zone;
  }

  /** Returns the working-day calendar settings. */
  public Calendar getCalendar() {
    return calendar;
  }

  /** Returns the screening settings. */
  public Screening getScreening() {
    return screening;
  }

  /** Returns the mailbox settings. */
  public Mailbox getMailbox() {
    return mailbox;
  }

  /** Returns the disclosure-request settings. */
  public Disclosure getDisclosure() {
    return disclosure;
  }

  /** Returns the 索引号 allocator settings. */
  public IndexNumber getIndexNumber() {
    return indexNumber;
  }

  /** Returns the site-search settings. */
  public Search getSearch() {
    return search;
  }

  /** Returns the review settings. */
  public Review getReview() {
    return review;
  }

  /** Returns the REST API settings. */
  public Api getApi() {
    return api;
  }

  /** Returns the health-indicator settings. */
  public Health getHealth() {
    return health;
  }

  /** Returns the metrics settings. */
  public Metrics getMetrics() {
    return metrics;
  }

  private static int atLeast(String key, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException("govsite." + key + " 须在 " + min + "–" + max + " 之间 / must be between "
          + min + " and " + max + ": " + value);
    }
    return value;
  }

  /** The working-day calendar (工作日日历). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Calendar {
    /**
     * Extra calendar files (JSON, the format of docs/calendar.md): the State Council notice of a year
     * after the bundled ones, or local days off and make-up working days. The bundled notices are
     * always loaded.
     */
    private List<Path> files = new ArrayList<>();

    /** Returns the extra calendar files. */
    public List<Path> getFiles() {
      return files;
    }

    /** Sets the extra calendar files. */
    public void setFiles(List<Path> files) {
      this.files = files;
    }
  }

  /** Content screening (内容检查) and its filter. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Screening {
    /** Whether the bundled dictionary (wording errors, secrecy marks, sensitive terms) is used. */
    private boolean bundledDictionary = true;
    /** Extra dictionary files (TSV or JSON) added to the bundled one. */
    private List<Path> dictionaries = new ArrayList<>();
    /** Allow-list files: one phrase a line that is never reported (e.g. a place name containing a term). */
    private List<Path> allowLists = new ArrayList<>();
    /** Whether text is normalized (width, case, traditional characters, noise between characters) before matching. */
    private boolean normalize = true;
    /** Whether personal data (ID numbers, mobile numbers, bank cards …) is reported. */
    private boolean personalData = true;
    /** Whether the screening filter checks form and JSON bodies of the URL patterns below. */
    private boolean filterEnabled = true;
    /** The URL patterns the screening filter covers. */
    private List<String> urlPatterns = new ArrayList<>(List.of("/api/*"));
    /** The largest JSON body the filter reads, in bytes (256 KiB, as the portal); a longer one is refused with 413 TOO_LARGE. */
    private int maxBodyBytes = 262_144;

    /** Returns whether the bundled dictionary is used. */
    public boolean isBundledDictionary() {
      return bundledDictionary;
    }

    /** Sets whether the bundled dictionary is used. */
    public void setBundledDictionary(boolean bundledDictionary) {
      this.bundledDictionary = bundledDictionary;
    }

    /** Returns the extra dictionary files. */
    public List<Path> getDictionaries() {
      return dictionaries;
    }

    /** Sets the extra dictionary files. */
    public void setDictionaries(List<Path> dictionaries) {
      this.dictionaries = dictionaries;
    }

    /** Returns the allow-list files. */
    public List<Path> getAllowLists() {
      return allowLists;
    }

    /** Sets the allow-list files. */
    public void setAllowLists(List<Path> allowLists) {
      this.allowLists = allowLists;
    }

    /** Returns whether text is normalized. */
    public boolean isNormalize() {
      return normalize;
    }

    /** Sets whether text is normalized. */
    public void setNormalize(boolean normalize) {
      this.normalize = normalize;
    }

    /** Returns whether personal data is reported. */
    public boolean isPersonalData() {
      return personalData;
    }

    /** Sets whether personal data is reported. */
    public void setPersonalData(boolean personalData) {
      this.personalData = personalData;
    }

    /** Returns whether the filter runs. */
    public boolean isFilterEnabled() {
      return filterEnabled;
    }

    /** Sets whether the filter runs. */
    public void setFilterEnabled(boolean filterEnabled) {
      this.filterEnabled = filterEnabled;
    }

    /** Returns the URL patterns the filter covers. */
    public List<String> getUrlPatterns() {
      return urlPatterns;
    }

    /** Sets the URL patterns the filter covers. */
    public void setUrlPatterns(List<String> urlPatterns) {
      for (String p : urlPatterns) {
        if (!p.startsWith("/") && !p.startsWith("*.")) {
          throw new IllegalArgumentException("govsite.screening.url-patterns 须以 / 开头 / must start with '/': " + p);
        }
      }
      this.urlPatterns = urlPatterns;
    }

    /** Returns the largest JSON body read, in bytes. */
    public int getMaxBodyBytes() {
      return maxBodyBytes;
    }

    /** Sets the largest JSON body read, in bytes (1 KiB to 64 MiB). */
    public void setMaxBodyBytes(int maxBodyBytes) {
      this.maxBodyBytes = atLeast("screening.max-body-bytes", maxBodyBytes, 1_024, 64 << 20);
    }
  }

  /** The mailboxes (领导信箱, 咨询, 投诉, 建议) with their JDBC letter store. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Mailbox {
    /** Whether the mailbox, its letter store and its REST resource are configured. */
    private boolean enabled = true;
    /** A deadline-policy file (JSON) for the reply deadlines; the standard policy when unset. */
    private @Nullable Path policyFile;
    /** The mailboxes a letter may be addressed to; any name when empty. */
    private List<String> mailboxes = new ArrayList<>();
    /** The database schema of the letter tables; the connection's default when empty. */
    private String schema = "";
    /** The prefix of the letter tables' names. */
    private String tablePrefix = "govsite_";

    /** Returns whether the mailbox is configured. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the mailbox is configured. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns the deadline-policy file, when set. */
    public @Nullable Path getPolicyFile() {
      return policyFile;
    }

    /** Sets the deadline-policy file. */
    public void setPolicyFile(@Nullable Path policyFile) {
      this.policyFile = policyFile;
    }

    /** Returns the accepted mailbox names. */
    public List<String> getMailboxes() {
      return mailboxes;
    }

    /** Sets the accepted mailbox names. */
    public void setMailboxes(List<String> mailboxes) {
      this.mailboxes = mailboxes;
    }

    /** Returns the schema. */
    public String getSchema() {
      return schema;
    }

    /** Sets the schema. */
    public void setSchema(String schema) {
      this.schema = schema;
    }

    /** Returns the table prefix. */
    public String getTablePrefix() {
      return tablePrefix;
    }

    /** Sets the table prefix. */
    public void setTablePrefix(String tablePrefix) {
      this.tablePrefix = tablePrefix;
    }
  }

  /** Disclosure on request (依申请公开) with its JDBC request store, and the catalogue API. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Disclosure {
    /** Whether the request store, the request tracker and the request and catalogue resources are configured. */
    private boolean enabled = true;
    /** The database schema of the request tables; the connection's default when empty. */
    private String schema = "";
    /** The prefix of the request tables' names. */
    private String tablePrefix = "govsite_";

    /** Returns whether disclosure is configured. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether disclosure is configured. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns the schema. */
    public String getSchema() {
      return schema;
    }

    /** Sets the schema. */
    public void setSchema(String schema) {
      this.schema = schema;
    }

    /** Returns the table prefix. */
    public String getTablePrefix() {
      return tablePrefix;
    }

    /** Sets the table prefix. */
    public void setTablePrefix(String tablePrefix) {
      this.tablePrefix = tablePrefix;
    }
  }

  /** The 索引号 allocator: serial numbers for the disclosure catalogue, kept in one table. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class IndexNumber {
    /** Whether the allocator is configured. */
    private boolean enabled = true;
    /** The table of the serials, optionally schema-qualified. */
    private String table = "govsite_index_serial";
    /** Whether the table is created when missing. */
    private boolean createTable = true;

    /** Returns whether the allocator is configured. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the allocator is configured. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns the table. */
    public String getTable() {
      return table;
    }

    /** Sets the table. */
    public void setTable(String table) {
      this.table = table;
    }

    /** Returns whether the table is created when missing. */
    public boolean isCreateTable() {
      return createTable;
    }

    /** Sets whether the table is created when missing. */
    public void setCreateTable(boolean createTable) {
      this.createTable = createTable;
    }
  }

  /** Site search (站内搜索): embedded Lucene, or OpenSearch when its backend is on the class path and a URL is set. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Search {
    /** Whether site search and its REST resource are configured. */
    private boolean enabled = true;
    /** The folder of the embedded index; an index in memory, rebuilt at every start, when unset. */
    private @Nullable Path indexDir;
    /** A plain-language synonyms file (TSV); the bundled list when unset. */
    private @Nullable Path synonyms;
    /**
     * Whether the catalogue and the published letters are indexed at start, only when the index is
     * not current, under a lock across instances; OpenSearch by upsert, never rebuilt.
     */
    private boolean indexOnStart = true;
    /** The link of a published letter in search results; {id} is replaced by the letter's id. */
    private String letterUrl = "/xinxiang/letter?id={id}";
    /** The link of a catalogue entry in search results; {id} is replaced by its 索引号. */
    private String entryUrl = "/xxgk/entry?id={id}";
    private final OpenSearch opensearch = new OpenSearch();

    /** Returns whether search is configured. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether search is configured. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns the index folder, when set. */
    public @Nullable Path getIndexDir() {
      return indexDir;
    }

    /** Sets the index folder. */
    public void setIndexDir(@Nullable Path indexDir) {
      this.indexDir = indexDir;
    }

    /** Returns the synonyms file, when set. */
    public @Nullable Path getSynonyms() {
      return synonyms;
    }

    /** Sets the synonyms file. */
    public void setSynonyms(@Nullable Path synonyms) {
      this.synonyms = synonyms;
    }

    /** Returns whether the index is filled at start. */
    public boolean isIndexOnStart() {
      return indexOnStart;
    }

    /** Sets whether the index is filled at start. */
    public void setIndexOnStart(boolean indexOnStart) {
      this.indexOnStart = indexOnStart;
    }

    /** Returns the letter link pattern. */
    public String getLetterUrl() {
      return letterUrl;
    }

    /** Sets the letter link pattern; it must contain {id}. */
    public void setLetterUrl(String letterUrl) {
      this.letterUrl = withId("search.letter-url", letterUrl);
    }

    /** Returns the catalogue-entry link pattern. */
    public String getEntryUrl() {
      return entryUrl;
    }

    /** Sets the catalogue-entry link pattern; it must contain {id}. */
    public void setEntryUrl(String entryUrl) {
      this.entryUrl = withId("search.entry-url", entryUrl);
    }

    /** Returns the OpenSearch settings. */
    public OpenSearch getOpensearch() {
      return opensearch;
    }

    private static String withId(String key, String url) {
      if (!url.contains("{id}")) {
        throw new IllegalArgumentException("govsite." + key + " 须包含 {id} / must contain {id}: " + url);
      }
      return url;
    }
  }

  /** The OpenSearch cluster of site search (used when govsite-search-opensearch's backend is present). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class OpenSearch {
    /** The URL of an OpenSearch 2.x node; embedded search is used when unset. */
    private @Nullable URI url;
    /** The name of the index (an alias over versioned indices). */
    private String indexName = "govsite";
    /** The site code stored with each document, so that several sites can share one cluster. */
    private String site = "default";
    /** How long connecting to the node may take. */
    private Duration connectTimeout = Duration.ofSeconds(5);

    /** Returns the node URL, when set. */
    public @Nullable URI getUrl() {
      return url;
    }

    /** Sets the node URL. */
    public void setUrl(@Nullable URI url) {
      this.url = url;
    }

    /** Returns the index name. */
    public String getIndexName() {
      return indexName;
    }

    /** Sets the index name. */
    public void setIndexName(String indexName) {
      this.indexName = indexName;
    }

    /** Returns the site code. */
    public String getSite() {
      return site;
    }

    /** Sets the site code. */
    public void setSite(String site) {
      this.site = site;
    }

    /** Returns the connect timeout. */
    public Duration getConnectTimeout() {
      return connectTimeout;
    }

    /** Sets the connect timeout. */
    public void setConnectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
    }
  }

  /** The three-level review (三审) of articles and letter replies, when govsite-review is present. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Review {
    /** Whether the review workflow and its JDBC store are configured. */
    private boolean enabled = true;
    /**
     * This instance's name on review claims (租约持有者), stable across restarts so that a restarted
     * instance finishes its own interrupted publications at once; unset: the host name, then
     * spring.application.name or the server port. Instances sharing a database must differ.
     */
    private @Nullable String owner;

    /** Returns the owner name, when set. */
    public @Nullable String getOwner() {
      return owner;
    }

    /** Sets the owner name: 1–200 characters, not blank. */
    public void setOwner(@Nullable String owner) {
      if (owner != null && (owner.isBlank() || owner.length() > 200)) {
        throw new IllegalArgumentException("govsite.review.owner 须为 1–200 个字符 / must be 1..200 characters: '" + owner + "'");
      }
      this.owner = owner;
    }

    /** Returns whether review is configured. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether review is configured. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** The REST API: the modules' JAX-RS resources on Jersey, under /api. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Api {
    /** Whether the REST resources are registered. */
    private boolean enabled = true;

    /** Returns whether the resources are registered. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the resources are registered. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** Actuator health indicators. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Health {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /**
     * From this day of the year (MM-dd), the calendar indicator reports WARNING while next year's
     * official notice is not loaded: deadlines that reach into next year are provisional.
     */
    private String calendarWarningFrom = "12-20";

    /** Returns the day (MM-dd) from which a missing next-year notice is a warning. */
    public String getCalendarWarningFrom() {
      return calendarWarningFrom;
    }

    /** Sets the day (MM-dd) from which a missing next-year notice is a warning. */
    public void setCalendarWarningFrom(String calendarWarningFrom) {
      monthDay(calendarWarningFrom);
      this.calendarWarningFrom = calendarWarningFrom;
    }

    /** Returns the day as a {@link MonthDay}. */
    public MonthDay calendarWarningDay() {
      return monthDay(calendarWarningFrom);
    }

    private static MonthDay monthDay(String text) {
      try {
        return MonthDay.parse(text, MONTH_DAY);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("govsite.health.calendar-warning-from 须为 MM-dd 格式的日期 / must be a day as MM-dd: "
            + text, e);
      }
    }
  }

  /** Micrometer metrics. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static class Metrics {
    /** A request counts as due soon when this many working days or fewer are left before its deadline. */
    private int dueSoonWorkingDays = 3;
    /** How often the gauges that read the stores (overdue letters, requests due soon) are recomputed. */
    private Duration refreshInterval = Duration.ofMinutes(1);

    /** Returns the working days that make a request due soon. */
    public int getDueSoonWorkingDays() {
      return dueSoonWorkingDays;
    }

    /** Sets the working days that make a request due soon (0 to 20). */
    public void setDueSoonWorkingDays(int dueSoonWorkingDays) {
      this.dueSoonWorkingDays = atLeast("metrics.due-soon-working-days", dueSoonWorkingDays, 0, 20);
    }

    /** Returns the refresh interval. */
    public Duration getRefreshInterval() {
      return refreshInterval;
    }

    /** Sets the refresh interval (1 second to 1 day). */
    public void setRefreshInterval(Duration refreshInterval) {
      if (refreshInterval.compareTo(Duration.ofSeconds(1)) < 0 || refreshInterval.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("govsite.metrics.refresh-interval 须在 1 秒到 1 天之间 / must be between 1s and 1d: "
            + refreshInterval);
      }
      this.refreshInterval = refreshInterval;
    }
  }
}
