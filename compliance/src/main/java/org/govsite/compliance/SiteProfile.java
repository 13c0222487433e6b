package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.support.Checks;
import org.govsite.core.support.DataFiles;

/**
 * A site profile (网站检查配置): the site, its columns with their list pages, and its mailbox's
 * public list; the format is in {@code docs/compliance.md}.
 *
 * @param name the site's name
 * @param code the site's 网站标识码 ({@link #PLACEHOLDER_CODE} when the profile gives none)
 * @param columns the columns to check
 * @param mailbox the mailbox's public list, when the site has one
 * @param checks the site's settings for the census checks (weights, search address, thresholds)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SiteProfile(String name, WebsiteCode code, List<ProfileColumn> columns, Optional<Mailbox> mailbox, CheckSettings checks) {
  /** The 网站标识码 used when a profile gives none (a State Council department form no site has). */
  public static final String PLACEHOLDER_CODE = "bm00000000";

  /** Validates the components. */
  public SiteProfile {
    Checks.notNull(name, "name");
    Checks.notNull(code, "code");
    columns = List.copyOf(Checks.notNull(columns, "columns"));
    Checks.notNull(mailbox, "mailbox");
    Checks.notNull(checks, "checks");
  }

  /** Returns a profile with the default check settings. */
  public SiteProfile(String name, WebsiteCode code, List<ProfileColumn> columns, Optional<Mailbox> mailbox) {
    this(name, code, columns, mailbox, CheckSettings.defaults());
  }

  /** Returns this profile with other check settings. */
  public SiteProfile withChecks(CheckSettings settings) {
    return new SiteProfile(name, code, columns, mailbox, Checks.notNull(settings, "checks"));
  }

  /** Returns a profile without columns or mailbox: the audit then checks availability, the home page, links and content. */
  public static SiteProfile minimal(String name) {
    return new SiteProfile(name, WebsiteCode.parse(PLACEHOLDER_CODE), List.of(), Optional.empty());
  }

  /** Reads a profile file (JSON). */
  public static SiteProfile load(Path file) {
    return DataFiles.read(Checks.notNull(file, "profile"), ProfileParser::parse);
  }

  /** Reads a profile from JSON, naming {@code source} in errors. */
  public static SiteProfile fromJson(String source, InputStream json) {
    return ProfileParser.parse(Checks.notNull(source, "source"), Checks.notNull(json, "json"));
  }

  /**
   * A column of the profile (检查栏目).
   *
   * @param id the column's id
   * @param name its name
   * @param kind its kind, which selects the freshness rule
   * @param parentId its parent's id, for sub-columns
   * @param listUrl its list page, absolute or relative to the audited address
   * @param itemSelector a CSS selector for the list items; empty to find them by heuristics
   * @param dateSelector a CSS selector, inside an item, for its date; empty to find it in the item's text
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record ProfileColumn(String id, String name, ColumnKind kind, Optional<String> parentId, String listUrl,
      Optional<String> itemSelector, Optional<String> dateSelector) {
    /** Validates the components. */
    public ProfileColumn {
      Checks.notNull(id, "id");
      Checks.argument(!id.isBlank(), "id", "栏目标识不能为空", "a column id must not be blank");
      Checks.notNull(name, "name");
      Checks.notNull(kind, "kind");
      Checks.notNull(parentId, "parentId");
      Checks.notNull(listUrl, "listUrl");
      Checks.argument(!listUrl.isBlank(), "listUrl", "列表页地址不能为空", "the list page address must not be blank");
      Checks.notNull(itemSelector, "itemSelector");
      Checks.notNull(dateSelector, "dateSelector");
    }

    /** Returns a column whose items and dates are found by heuristics. */
    public static ProfileColumn of(String id, String name, ColumnKind kind, String listUrl) {
      return new ProfileColumn(id, name, kind, Optional.empty(), listUrl, Optional.empty(), Optional.empty());
    }
  }

  /**
   * The mailbox's public list (信件公开列表).
   *
   * @param listUrl the list page
   * @param itemSelector a CSS selector for the letters; empty to find rows with a date by heuristics
   * @param receivedSelector inside a letter, its received date; empty: the first date in its text
   * @param repliedSelector inside a letter, its reply date; empty: the second date in its text
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Mailbox(String listUrl, Optional<String> itemSelector, Optional<String> receivedSelector, Optional<String> repliedSelector) {
    /** Validates the components. */
    public Mailbox {
      Checks.notNull(listUrl, "listUrl");
      Checks.argument(!listUrl.isBlank(), "listUrl", "列表页地址不能为空", "the list page address must not be blank");
      Checks.notNull(itemSelector, "itemSelector");
      Checks.notNull(receivedSelector, "receivedSelector");
      Checks.notNull(repliedSelector, "repliedSelector");
    }

    /** Returns a mailbox list read by heuristics. */
    public static Mailbox of(String listUrl) {
      return new Mailbox(listUrl, Optional.empty(), Optional.empty(), Optional.empty());
    }
  }
}
