package org.govsite.examples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apiguardian.api.API;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.support.Checks;

/**
 * The portal's configuration (门户网站配置): port, data directory, database, calendar files,
 * policies and dictionaries, read from a properties file and {@code GOVSITE_PORTAL_*} environment
 * variables.
 *
 * <p>A null {@code jdbcUrl}, {@code jdbcUser}, {@code jdbcPassword}, {@code freshnessPolicy} or
 * {@code siteName} is taken as its default (empty, or the preset and name below), as in 0.1;
 * every other component is required.
 *
 * @param port the HTTP port (0 = any free port)
 * @param dataDir the folder holding the H2 database file and the Lucene index
 * @param jdbcUrl the JDBC URL; empty = an H2 file under the data directory
 * @param jdbcUser the database user
 * @param jdbcPassword the database password
 * @param calendarFiles extra working-day calendar files (JSON) on top of the official calendar
 * @param mailboxPolicy a mailbox deadline policy file ({@code PolicySet} JSON)
 * @param freshnessPolicy a freshness policy preset ({@code national}, {@code strict-local}) or JSON file
 * @param dictionaries extra screening dictionaries (tab or JSON format)
 * @param synonyms an extra plain-language synonym list for search
 * @param siteName the portal's name
 * @param websiteCode the 网站标识码 shown in the footer
 * @param bodyLimitBytes the largest request body any endpoint reads ({@code limits.body.bytes}), JSON or form
 * @param sessionIdleMinutes minutes without a request after which a session ends ({@code session.idle.minutes})
 * @param signInFailures failed sign-ins per account in 15 minutes that lock it for 15 minutes
 *     ({@code limits.signin.failures}); an address may fail four times as often (an office shares one)
 * @param lookupsPerMinute status lookups per address per minute ({@code limits.lookup.per.minute})
 * @param lookupFailuresPerId failed status lookups per letter or request id in 10 minutes that lock the
 *     id for 10 minutes ({@code limits.lookup.failures.per.id})
 * @param trustedProxies the addresses of reverse proxies whose {@code X-Forwarded-For} names the client
 *     ({@code proxies.trusted}, comma-separated); empty (the default): the header is ignored, the
 *     connection's address is the client's
 * @param search where the search index lives ({@code search.backend}, {@code search.url}, {@code search.index.name})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PortalConfig(int port, Path dataDir, String jdbcUrl, String jdbcUser, String jdbcPassword,
    List<Path> calendarFiles, Optional<Path> mailboxPolicy, String freshnessPolicy, List<Path> dictionaries,
    Optional<Path> synonyms, String siteName, WebsiteCode websiteCode, long bodyLimitBytes, int sessionIdleMinutes,
    int signInFailures, int lookupsPerMinute, int lookupFailuresPerId, List<String> trustedProxies, Search search) {

  /** Which search backend the portal uses ({@code search.backend}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  public enum SearchBackendKind {
    /** A Lucene index in each instance's data directory, kept up to date from the database (the default). */
    EMBEDDED,
    /** One OpenSearch index shared by every instance ({@code search.url}, {@code search.index.name}). */
    OPENSEARCH;

    /** The setting's value: {@code embedded}, {@code opensearch}. */
    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The search settings (搜索后端设置).
   *
   * @param backend {@code search.backend}: embedded (default) or opensearch
   * @param url {@code search.url}: the OpenSearch node or cluster, {@code http(s)://host:port}; only with opensearch
   * @param indexName {@code search.index.name}: the OpenSearch index (an alias) every instance shares
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  public record Search(SearchBackendKind backend, Optional<URI> url, String indexName) {
    /** The default {@code search.index.name}. */
    public static final String DEFAULT_INDEX_NAME = "govsite-portal";

    /** Checks the combination: opensearch needs a URL, embedded takes none; the index name as OpenSearch allows. */
    public Search {
      Checks.notNull(backend, "backend");
      Checks.notNull(url, "url");
      Checks.notNull(indexName, "indexName");
      if (backend == SearchBackendKind.OPENSEARCH && url.isEmpty()) {
        throw new InvalidInputException("search.url", "search.backend=opensearch 须指定 search.url / search.backend=opensearch needs"
            + " search.url (http://host:9200)");
      }
      if (backend == SearchBackendKind.EMBEDDED && url.isPresent()) {
        throw new InvalidInputException("search.url", "search.url 只用于 search.backend=opensearch / search.url is only for"
            + " search.backend=opensearch (the embedded index needs none)");
      }
      // As govsite-search-opensearch takes an alias name (OpenSearch itself allows a little more).
      if (!indexName.matches("[a-z0-9][a-z0-9_-]{0,99}")) {
        throw new InvalidInputException("search.index.name", "索引名须为小写字母、数字、_ 或 -，以字母或数字开头，至多 100 个字符 / the index"
            + " name must be 1-100 lower-case letters, digits, '_' or '-', starting with a letter or digit: " + indexName);
      }
    }

    /** The embedded index: no URL, the default index name. */
    public static Search embedded() {
      return new Search(SearchBackendKind.EMBEDDED, Optional.empty(), DEFAULT_INDEX_NAME);
    }

    /** Reads {@code search.backend}, {@code search.url} and {@code search.index.name}, each error naming its key. */
    static Search parse(String backend, String url, String indexName) {
      SearchBackendKind kind;
      try {
        kind = SearchBackendKind.valueOf(backend.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("search.backend", "须为 embedded 或 opensearch / must be embedded or opensearch: " + backend);
      }
      Optional<URI> u = Optional.empty();
      if (!url.isBlank()) {
        try {
          URI parsed = new URI(url.strip());
          String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
          if (!(scheme.equals("http") || scheme.equals("https")) || parsed.getHost() == null
              || (parsed.getPath() != null && !parsed.getPath().isEmpty() && !parsed.getPath().equals("/"))
              || parsed.getQuery() != null || parsed.getUserInfo() != null) {
            throw new URISyntaxException(url, "not http(s)://host[:port]");
          }
          u = Optional.of(parsed);
        } catch (URISyntaxException e) {
          throw new InvalidInputException("search.url", "须为 http(s)://主机[:端口] / must be http(s)://host[:port]: " + url);
        }
      }
      return new Search(kind, u, indexName.isBlank() ? DEFAULT_INDEX_NAME : indexName.strip());
    }
  }

  /** The port a portal listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 8080;
  /** The data directory used unless told otherwise, relative to the working directory. */
  public static final String DEFAULT_DATA_DIR = "portal-data";
  /** The demo county's name; the portal's content is fictitious. */
  public static final String DEFAULT_SITE_NAME = "某县人民政府门户网站";
  /** A 网站标识码 of the right shape (RULES §7) for the fictitious county. */
  public static final String DEFAULT_WEBSITE_CODE = "4311230001";
  /**
   * The default {@code limits.body.bytes}, 256 KiB: the longest form or JSON body, a letter of
   * 10,000 characters (30 KB of UTF-8, several times over when percent-encoded), fits with room.
   */
  public static final long DEFAULT_BODY_LIMIT_BYTES = 256 * 1024;
  /** The default {@code session.idle.minutes}, 30: the idle limit OWASP's session guidance gives low-risk applications. */
  public static final int DEFAULT_SESSION_IDLE_MINUTES = 30;
  /**
   * The default {@code limits.signin.failures}, 5 in 15 minutes: a member of staff who mistypes twice
   * is not locked out, while a guesser gets 20 tries an hour per account (NIST SP 800-63B §5.2.2 allows
   * up to 100 failures before a lock).
   */
  public static final int DEFAULT_SIGNIN_FAILURES = 5;
  /**
   * The default {@code limits.lookup.per.minute}, 30: a resident checks a few letters; a script trying
   * query codes (issue 15 measured 91 a second) gets one every two seconds.
   */
  public static final int DEFAULT_LOOKUPS_PER_MINUTE = 30;
  /**
   * The default {@code limits.lookup.failures.per.id}, 10 in 10 minutes: enough for a resident who
   * mistypes a code, while guessing one id's code takes at most 1,440 tries a day from any number of addresses.
   */
  public static final int DEFAULT_LOOKUP_FAILURES_PER_ID = 10;

  /** Checks every setting. */
  public PortalConfig {
    Checks.notNull(mailboxPolicy, "mailboxPolicy");
    Checks.notNull(synonyms, "synonyms");
    Checks.notNull(websiteCode, "websiteCode");
    Checks.notNull(search, "search");
    if (port < 0 || port > 65_535) {
      throw new InvalidInputException("port", "端口须在 0–65535 之间 / port must be 0..65535: " + port);
    }
    if (dataDir == null) {
      throw new InvalidInputException("dataDir", "缺少数据目录 / data directory missing");
    }
    jdbcUrl = jdbcUrl == null ? "" : jdbcUrl.strip();
    jdbcUser = jdbcUser == null ? "" : jdbcUser;
    jdbcPassword = jdbcPassword == null ? "" : jdbcPassword;
    calendarFiles = List.copyOf(Checks.notNull(calendarFiles, "calendarFiles"));
    dictionaries = List.copyOf(Checks.notNull(dictionaries, "dictionaries"));
    trustedProxies = List.copyOf(Checks.notNull(trustedProxies, "trustedProxies"));
    for (String proxy : trustedProxies) {
      if (!proxy.strip().matches("[0-9A-Fa-f:.\\[\\]]+")) {
        throw new InvalidInputException("proxies.trusted", "须为 IP 地址 / must be IP addresses: " + proxy);
      }
    }
    freshnessPolicy = freshnessPolicy == null || freshnessPolicy.isBlank() ? "national" : freshnessPolicy.strip();
    siteName = siteName == null || siteName.isBlank() ? DEFAULT_SITE_NAME : siteName.strip();
    if (bodyLimitBytes < 1 || bodyLimitBytes > Integer.MAX_VALUE - 8) {
      throw new InvalidInputException("limits.body.bytes", "须在 1 到 2147483639 之间 / must be 1..2147483639: " + bodyLimitBytes);
    }
    atLeastOne("session.idle.minutes", sessionIdleMinutes);
    atLeastOne("limits.signin.failures", signInFailures);
    atLeastOne("limits.lookup.per.minute", lookupsPerMinute);
    atLeastOne("limits.lookup.failures.per.id", lookupFailuresPerId);
  }

  private static void atLeastOne(String key, int value) {
    if (value < 1) {
      throw new InvalidInputException(key, "须至少为 1 / must be at least 1: " + value);
    }
  }

  /** Returns the defaults: port 8080, {@code portal-data}, H2, official calendar, standard policies. */
  public static PortalConfig defaults() {
    return new PortalConfig(DEFAULT_PORT, Path.of(DEFAULT_DATA_DIR), "", "", "", List.of(), Optional.empty(),
        "national", List.of(), Optional.empty(), DEFAULT_SITE_NAME, WebsiteCode.parse(DEFAULT_WEBSITE_CODE),
        DEFAULT_BODY_LIMIT_BYTES, DEFAULT_SESSION_IDLE_MINUTES, DEFAULT_SIGNIN_FAILURES, DEFAULT_LOOKUPS_PER_MINUTE,
        DEFAULT_LOOKUP_FAILURES_PER_ID, List.of(), Search.embedded());
  }

  /** Returns the JDBC URL in force: the configured one, or an H2 file under the data directory. */
  public String effectiveJdbcUrl() {
    return jdbcUrl.isEmpty() ? "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("portal") : jdbcUrl;
  }

  /** Returns a copy listening on another port. */
  public PortalConfig withPort(int p) {
    return new PortalConfig(p, dataDir, jdbcUrl, jdbcUser, jdbcPassword, calendarFiles, mailboxPolicy, freshnessPolicy,
        dictionaries, synonyms, siteName, websiteCode, bodyLimitBytes, sessionIdleMinutes, signInFailures, lookupsPerMinute,
        lookupFailuresPerId, trustedProxies, search);
  }

  /** Returns a copy with another data directory. */
  public PortalConfig withDataDir(Path dir) {
    return new PortalConfig(port, dir, jdbcUrl, jdbcUser, jdbcPassword, calendarFiles, mailboxPolicy, freshnessPolicy,
        dictionaries, synonyms, siteName, websiteCode, bodyLimitBytes, sessionIdleMinutes, signInFailures, lookupsPerMinute,
        lookupFailuresPerId, trustedProxies, search);
  }

  /** Returns a copy with other search settings. */
  public PortalConfig withSearch(Search s) {
    return new PortalConfig(port, dataDir, jdbcUrl, jdbcUser, jdbcPassword, calendarFiles, mailboxPolicy, freshnessPolicy,
        dictionaries, synonyms, siteName, websiteCode, bodyLimitBytes, sessionIdleMinutes, signInFailures, lookupsPerMinute,
        lookupFailuresPerId, trustedProxies, s);
  }

  /**
   * Reads the settings: defaults, then the properties file (when given), then environment
   * variables ({@code GOVSITE_PORTAL_PORT}, {@code GOVSITE_PORTAL_DATA}, {@code GOVSITE_PORTAL_JDBC_URL} …: the key
   * upper-cased, dots to underscores, prefixed with {@code GOVSITE_PORTAL_}).
   */
  public static PortalConfig load(Optional<Path> file, Map<String, String> env) {
    Properties p = new Properties();
    if (file.isPresent()) {
      try (InputStream in = Files.newInputStream(file.get())) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new DataFormatException(file.get().toString(), 0, "file", "无法读取 / cannot read: " + e.getMessage());
      }
    }
    for (String key : KEYS) {
      String envName = "GOVSITE_PORTAL_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
      String v = env.get(envName);
      if (v != null && !v.isBlank()) {
        p.setProperty(key, v);
      }
    }
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new InvalidInputException(key, "未知的配置项 / unknown setting (known: " + String.join(", ", KEYS) + ")");
      }
    }
    PortalConfig d = defaults();
    int port = d.port();
    String portText = p.getProperty("port");
    if (portText != null) {
      try {
        port = Integer.parseInt(portText.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("port", "端口须为整数 / port must be a number: " + portText);
      }
    }
    return new PortalConfig(port,
        Path.of(p.getProperty("data.dir", d.dataDir().toString())),
        p.getProperty("jdbc.url", ""), p.getProperty("jdbc.user", ""), p.getProperty("jdbc.password", ""),
        paths(p.getProperty("calendar.files", "")),
        Optional.ofNullable(p.getProperty("mailbox.policy")).filter(s -> !s.isBlank()).map(Path::of),
        p.getProperty("freshness.policy", "national"),
        paths(p.getProperty("screening.dictionaries", "")),
        Optional.ofNullable(p.getProperty("search.synonyms")).filter(s -> !s.isBlank()).map(Path::of),
        p.getProperty("site.name", DEFAULT_SITE_NAME),
        WebsiteCode.parse(p.getProperty("site.code", DEFAULT_WEBSITE_CODE), "site.code"),
        number(p, "limits.body.bytes", DEFAULT_BODY_LIMIT_BYTES),
        small(p, "session.idle.minutes", DEFAULT_SESSION_IDLE_MINUTES),
        small(p, "limits.signin.failures", DEFAULT_SIGNIN_FAILURES),
        small(p, "limits.lookup.per.minute", DEFAULT_LOOKUPS_PER_MINUTE),
        small(p, "limits.lookup.failures.per.id", DEFAULT_LOOKUP_FAILURES_PER_ID),
        Arrays.stream(p.getProperty("proxies.trusted", "").split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
        Search.parse(p.getProperty("search.backend", "embedded"), p.getProperty("search.url", ""),
            p.getProperty("search.index.name", "")));
  }

  /** The settings a properties file or the environment may give. */
  public static final List<String> KEYS = List.of("port", "data.dir", "jdbc.url", "jdbc.user", "jdbc.password",
      "calendar.files", "mailbox.policy", "freshness.policy", "screening.dictionaries", "search.synonyms",
      "site.name", "site.code", "limits.body.bytes", "session.idle.minutes", "limits.signin.failures",
      "limits.lookup.per.minute", "limits.lookup.failures.per.id", "proxies.trusted", "search.backend", "search.url",
      "search.index.name");

  private static int small(Properties p, String key, int otherwise) {
    long v = number(p, key, otherwise);
    if (v < 1 || v > 1_000_000) {
      throw new InvalidInputException(key, "须在 1 到 1000000 之间 / must be 1..1000000: " + v);
    }
    return (int) v;
  }

  private static long number(Properties p, String key, long otherwise) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      return otherwise;
    }
    try {
      return Long.parseLong(v.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(key, "须为整数 / must be a number: " + v);
    }
  }

  private static List<Path> paths(String list) {
    List<Path> out = new ArrayList<>();
    for (String s : list.split("[,;]")) {
      if (!s.isBlank()) {
        out.add(Path.of(s.strip()));
      }
    }
    return out;
  }
}
