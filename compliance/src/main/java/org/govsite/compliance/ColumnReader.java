package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.net.URI;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.compliance.SiteProfile.ProfileColumn;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;

/**
 * Reads the list pages of a site's columns (栏目读取) the way an audit does — same host,
 * robots.txt, politeness, pagination up to {@code maxListPages}, the profile's selectors or the
 * heuristics — and returns what a monitor keeps of each: its items and its newest date.
 * Thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ColumnReader {
  private final URI site;
  private final Fetcher fetcher;
  private final ListReader lists;

  private ColumnReader(URI site, AuditOptions options) {
    this.site = site;
    this.fetcher = new Fetcher(site, options);
    this.lists = new ListReader(fetcher, options);
  }

  /** Returns a reader of the columns of the site at {@code site} (robots.txt is read now, when the options honour it). */
  public static ColumnReader create(URI site, AuditOptions options) {
    Checks.notNull(site, "url");
    Checks.notNull(options, "options");
    Checks.argument(("http".equalsIgnoreCase(site.getScheme()) || "https".equalsIgnoreCase(site.getScheme())) && site.getHost() != null,
        "url", "应为带主机名的http或https地址", "expected an http or https address with a host: " + site);
    ColumnReader r = new ColumnReader(site, options);
    r.fetcher.loadRobots();
    return r;
  }

  /**
   * Reads one column's list as of {@code today}: dates after it are not counted as its newest (a
   * forged or mistyped future date must not make a column look fresh).
   */
  public ColumnSnapshot read(ProfileColumn column, LocalDate today) {
    Checks.notNull(column, "column");
    Checks.notNull(today, "today");
    URI list;
    try {
      list = site.resolve(column.listUrl().strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("listUrl", "不是有效地址 / not a valid address: " + column.listUrl());
    }
    ListReader.Result r = lists.read(list, column.itemSelector(), column.dateSelector(), true);
    Optional<LocalDate> newest = r.items().stream().map(i -> i.dates().get(0)).filter(d -> !d.isAfter(today))
        .max(Comparator.naturalOrder());
    return new ColumnSnapshot(column.id(), list.toString(), r.items().size(), newest, r.error().orElse(""));
  }

  /**
   * What was read of a column's list (栏目快照).
   *
   * @param columnId the profile's column id
   * @param listUrl the list page's address
   * @param items how many items were found on the pages read
   * @param newest the newest item date not after the day of reading; empty for a blank column
   * @param error why the list could not be read, else empty
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record ColumnSnapshot(String columnId, String listUrl, int items, Optional<LocalDate> newest, String error) {
    /** Validates the components. */
    public ColumnSnapshot {
      Checks.notNull(columnId, "columnId");
      Checks.notNull(listUrl, "listUrl");
      Checks.notNull(newest, "newest");
      Checks.notNull(error, "error");
    }
  }
}
