package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.apiguardian.api.API;
import org.govsite.compliance.internal.ComplianceSources;
import org.govsite.core.screening.PersonalDataKind;
import org.govsite.core.screening.Screener;
import org.govsite.core.site.FreshnessPolicy;
import org.govsite.core.support.Checks;

/**
 * How an audit crawls and which rules it applies (检查参数): limits, politeness, the freshness
 * policy, the screener and the reply policy. Build with {@link #builder()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AuditOptions {
  private final int maxPages;
  private final int maxDepth;
  private final int concurrency;
  private final Duration delay;
  private final Duration timeout;
  private final int maxRedirects;
  private final boolean respectRobots;
  private final boolean checkLinks;
  private final boolean checkExternalLinks;
  private final int maxListPages;
  private final String userAgent;
  private final FreshnessPolicy freshnessPolicy;
  private final Screener screener;
  private final int replyWithinWorkingDays;
  private final Period unansweredLimit;
  private final ProgressListener progress;
  private final Optional<PageRenderer> renderer;
  private final Optional<SSLContext> sslContext;

  private AuditOptions(Builder b) {
    maxPages = b.maxPages;
    maxDepth = b.maxDepth;
    concurrency = b.concurrency;
    delay = b.delay;
    timeout = b.timeout;
    maxRedirects = b.maxRedirects;
    respectRobots = b.respectRobots;
    checkLinks = b.checkLinks;
    checkExternalLinks = b.checkExternalLinks;
    maxListPages = b.maxListPages;
    userAgent = b.userAgent;
    freshnessPolicy = b.freshnessPolicy;
    screener = b.screener;
    replyWithinWorkingDays = b.replyWithinWorkingDays;
    unansweredLimit = b.unansweredLimit;
    progress = b.progress;
    renderer = b.renderer;
    sslContext = b.sslContext;
  }

  /** Returns the defaults: 200 pages, depth 3, 4 connections, 200 ms between requests, 15 s timeout, national policy. */
  public static AuditOptions defaults() {
    return builder().build();
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the most pages fetched by the crawl (list pages of the profile included). */
  public int maxPages() {
    return maxPages;
  }

  /** Returns how many links deep the crawl goes from the start page (0 = the start page only). */
  public int maxDepth() {
    return maxDepth;
  }

  /** Returns how many requests run at once. */
  public int concurrency() {
    return concurrency;
  }

  /** Returns the pause each connection makes after each request. */
  public Duration delay() {
    return delay;
  }

  /** Returns the timeout of a request (and of the availability probe). */
  public Duration timeout() {
    return timeout;
  }

  /** Returns how many redirects are followed. */
  public int maxRedirects() {
    return maxRedirects;
  }

  /** Returns whether {@code robots.txt} is honoured. */
  public boolean respectRobots() {
    return respectRobots;
  }

  /** Returns whether links and images are checked. */
  public boolean checkLinks() {
    return checkLinks;
  }

  /** Returns whether links to other hosts are checked too (never crawled). */
  public boolean checkExternalLinks() {
    return checkExternalLinks;
  }

  /** Returns how many pages of a column's list are read. */
  public int maxListPages() {
    return maxListPages;
  }

  /** Returns the User-Agent sent, also the name looked up in {@code robots.txt}. */
  public String userAgent() {
    return userAgent;
  }

  /** Returns the freshness policy the tracker applies. */
  public FreshnessPolicy freshnessPolicy() {
    return freshnessPolicy;
  }

  /** Returns the screener for page content. */
  public Screener screener() {
    return screener;
  }

  /** Returns the working days a letter may wait for its reply under the site's policy. */
  public int replyWithinWorkingDays() {
    return replyWithinWorkingDays;
  }

  /** Returns how long a letter may go unanswered before the census veto (3 months). */
  public Period unansweredLimit() {
    return unansweredLimit;
  }

  /** Returns the progress listener. */
  public ProgressListener progress() {
    return progress;
  }

  /** Returns the browser pages are read through ({@code --render}), or empty to read HTML as served (the default). */
  public Optional<PageRenderer> renderer() {
    return renderer;
  }

  /** Returns the TLS context that decides which certificates are trusted; empty for the JDK's default. */
  public Optional<SSLContext> sslContext() {
    return sslContext;
  }

  /** Builds {@link AuditOptions} (检查参数构建器), checking each setting. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int maxPages = 200;
    private int maxDepth = 3;
    private int concurrency = 4;
    private Duration delay = Duration.ofMillis(200);
    private Duration timeout = ComplianceSources.CENSUS_PROBE_TIMEOUT;
    private int maxRedirects = 5;
    private boolean respectRobots = true;
    private boolean checkLinks = true;
    private boolean checkExternalLinks;
    private int maxListPages = 5;
    private String userAgent = "GovSite-Audit/0.1";
    private FreshnessPolicy freshnessPolicy = FreshnessPolicy.national();
    // Offices' phone numbers are published by rule (the 公开指南 and every 办事指南 give a 联系电话,
    // RULES §1 and the census table), so the audit looks for every personal-data kind but
    // landlines; a resident's landline in a letter's public copy is still masked by the mailbox.
    private Screener screener = Screener.builder()
        .personalData(EnumSet.complementOf(EnumSet.of(PersonalDataKind.LANDLINE))).build();
    private int replyWithinWorkingDays = ComplianceSources.LOCAL_REPLY_WORKING_DAYS;
    private Period unansweredLimit = ComplianceSources.CENSUS_UNANSWERED_LIMIT;
    private ProgressListener progress = ProgressListener.none();
    private Optional<PageRenderer> renderer = Optional.empty();
    private Optional<SSLContext> sslContext = Optional.empty();

    private Builder() {}

    /** Sets the most pages fetched (1–1,000,000). */
    public Builder maxPages(int n) {
      Checks.argument(n >= 1 && n <= 1_000_000, "maxPages", "页数上限应为1至1000000", "the page limit must be 1–1000000: " + n);
      maxPages = n;
      return this;
    }

    /** Sets the crawl depth (0–100). */
    public Builder maxDepth(int n) {
      Checks.argument(n >= 0 && n <= 100, "maxDepth", "深度应为0至100", "the depth must be 0–100: " + n);
      maxDepth = n;
      return this;
    }

    /** Sets how many requests run at once (1–64). */
    public Builder concurrency(int n) {
      Checks.argument(n >= 1 && n <= 64, "concurrency", "并发数应为1至64", "the concurrency must be 1–64: " + n);
      concurrency = n;
      return this;
    }

    /** Sets the pause after each request of a connection (0–60 s). */
    public Builder delay(Duration d) {
      Checks.notNull(d, "delay");
      Checks.argument(!d.isNegative() && d.compareTo(Duration.ofSeconds(60)) <= 0, "delay", "间隔应为0至60秒", "the delay must be 0–60 s: " + d);
      delay = d;
      return this;
    }

    /** Sets the timeout of each request (1 ms – 5 min). */
    public Builder timeout(Duration d) {
      Checks.notNull(d, "timeout");
      Checks.argument(!d.isNegative() && !d.isZero() && d.compareTo(Duration.ofMinutes(5)) <= 0, "timeout", "超时应为1毫秒至5分钟",
          "the timeout must be 1 ms – 5 min: " + d);
      timeout = d;
      return this;
    }

    /** Sets how many redirects are followed (0–20). */
    public Builder maxRedirects(int n) {
      Checks.argument(n >= 0 && n <= 20, "maxRedirects", "重定向次数应为0至20", "the redirect limit must be 0–20: " + n);
      maxRedirects = n;
      return this;
    }

    /** Sets whether {@code robots.txt} is honoured (default yes). */
    public Builder respectRobots(boolean on) {
      respectRobots = on;
      return this;
    }

    /** Sets whether links and images are checked (default yes). */
    public Builder checkLinks(boolean on) {
      checkLinks = on;
      return this;
    }

    /** Sets whether links to other hosts are checked (default no); they are never crawled. */
    public Builder checkExternalLinks(boolean on) {
      checkExternalLinks = on;
      return this;
    }

    /** Sets how many pages of each list are read (1–100). */
    public Builder maxListPages(int n) {
      Checks.argument(n >= 1 && n <= 100, "maxListPages", "列表页数应为1至100", "the list page limit must be 1–100: " + n);
      maxListPages = n;
      return this;
    }

    /** Sets the User-Agent. */
    public Builder userAgent(String ua) {
      Checks.notNull(ua, "userAgent");
      Checks.argument(!ua.isBlank(), "userAgent", "不能为空", "must not be blank");
      userAgent = ua;
      return this;
    }

    /** Sets the freshness policy (default national). */
    public Builder freshnessPolicy(FreshnessPolicy p) {
      freshnessPolicy = Checks.notNull(p, "freshnessPolicy");
      return this;
    }

    /** Sets the screener (default: {@link Screener#standard()} without landlines, which sites publish for their offices). */
    public Builder screener(Screener s) {
      screener = Checks.notNull(s, "screener");
      return this;
    }

    /** Sets the working days a letter may wait for its reply (1–365; default 5). */
    public Builder replyWithinWorkingDays(int n) {
      Checks.argument(n >= 1 && n <= 365, "replyWithinWorkingDays", "答复期限应为1至365个工作日", "the reply limit must be 1–365 working days: " + n);
      replyWithinWorkingDays = n;
      return this;
    }

    /** Sets how long a letter may go unanswered before the veto (default 3 months). */
    public Builder unansweredLimit(Period p) {
      Checks.notNull(p, "unansweredLimit");
      Checks.argument(!p.isNegative() && !p.isZero(), "unansweredLimit", "应为正", "must be positive: " + p);
      unansweredLimit = p;
      return this;
    }

    /** Sets the progress listener. */
    public Builder progress(ProgressListener p) {
      progress = Checks.notNull(p, "progress");
      return this;
    }

    /**
     * Reads every page and list page through a browser after fetching it (default: as served), for
     * sites that build their pages with JavaScript, e.g. {@link PageRenderer#chromium()}. The crawl's
     * limits stay the same: pages, depth, same host, robots.txt, concurrency (a page being rendered
     * holds one of the permits), the pause after each page, and the timeout for the render.
     */
    public Builder render(PageRenderer r) {
      renderer = Optional.of(Checks.notNull(r, "render"));
      return this;
    }

    /**
     * Sets the TLS context of every request (default: the JDK's, trusting its CA certificates), e.g. to
     * audit an intranet site whose certificate a private CA signed, or a test site with a self-signed one.
     */
    public Builder sslContext(SSLContext context) {
      sslContext = Optional.of(Checks.notNull(context, "sslContext"));
      return this;
    }

    /** Builds the immutable options. */
    public AuditOptions build() {
      return new AuditOptions(this);
    }
  }
}
