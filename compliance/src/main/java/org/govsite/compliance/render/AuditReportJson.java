package org.govsite.compliance.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.compliance.AccessibilityReport;
import org.govsite.compliance.AuditCheck;
import org.govsite.compliance.AuditReport;
import org.govsite.compliance.ColumnResult;
import org.govsite.compliance.ContentFinding;
import org.govsite.compliance.DeadLink;
import org.govsite.compliance.Deduction;
import org.govsite.compliance.Letter;
import org.govsite.compliance.Probe;
import org.govsite.compliance.Veto;
import org.govsite.core.support.Checks;

/**
 * The JSON shape of an audit report (检查报告 JSON), as docs/compliance.md lists it: the verdict
 * and score, the failed veto items and veto-weighted checks in {@code vetoes}, every veto item and
 * census check in {@code checks}, the deductions, everything found and the accessibility scores. Dates are yyyy-mm-dd, date-times as
 * {@link LocalDateTime#toString()} writes them; absent values are left out.
 *
 * @param url the audited address
 * @param at the audit date
 * @param site the site's name
 * @param verdict {@code pass} or {@code fail}
 * @param score 100 minus the deductions
 * @param unreachable why the start page could not be fetched, when it could not
 * @param availability the home page probe
 * @param vetoes the veto items and veto-weighted checks that fail the site
 * @param checks every veto item and every census check ({@code SITE_IDENTIFIERS} …), failed or not
 * @param deductions the deductions computed
 * @param homePage the home page's freshness
 * @param columns the profile's columns
 * @param deadLinks the dead links
 * @param findings the screening findings, personal data masked
 * @param letters the mailbox's letters
 * @param pagesCrawled how many pages were crawled
 * @param accessibility the accessibility scores and findings
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AuditReportJson(String url, LocalDate at, String site, String verdict, int score,
    @JsonInclude(Include.NON_ABSENT) Optional<String> unreachable, Availability availability, List<CheckJson> vetoes,
    List<CheckJson> checks, List<DeductionJson> deductions, HomePage homePage, List<ColumnJson> columns, List<DeadLinkJson> deadLinks,
    List<FindingJson> findings, List<LetterJson> letters, int pagesCrawled, AccessibilityJson accessibility) {

  /** Rejects a null component, naming it, and copies the lists. */
  public AuditReportJson {
    Checks.notNull(url, "url");
    Checks.notNull(at, "at");
    Checks.notNull(site, "site");
    Checks.notNull(verdict, "verdict");
    Checks.notNull(unreachable, "unreachable");
    Checks.notNull(availability, "availability");
    vetoes = List.copyOf(Checks.notNull(vetoes, "vetoes"));
    checks = List.copyOf(Checks.notNull(checks, "checks"));
    deductions = List.copyOf(Checks.notNull(deductions, "deductions"));
    Checks.notNull(homePage, "homePage");
    columns = List.copyOf(Checks.notNull(columns, "columns"));
    deadLinks = List.copyOf(Checks.notNull(deadLinks, "deadLinks"));
    findings = List.copyOf(Checks.notNull(findings, "findings"));
    letters = List.copyOf(Checks.notNull(letters, "letters"));
    Checks.notNull(accessibility, "accessibility");
  }

  /** Returns the shape of a report. */
  public static AuditReportJson of(AuditReport r) {
    List<CheckJson> checks = new java.util.ArrayList<>(r.vetoes().stream().map(CheckJson::of).toList());
    r.checks().forEach(c -> checks.add(CheckJson.of(c)));
    return new AuditReportJson(r.url(), r.at(), r.siteName(), r.verdict(), r.score(), r.unreachable(), Availability.of(r.probe()),
        checks.stream().filter(c -> c.failed() && c.weight().equals("veto")).toList(), checks, r.deductions().stream().map(DeductionJson::of).toList(),
        new HomePage(r.homePage().status().jsonName(), r.homePage().lastUpdated().map(LocalDateTime::toString)),
        r.columns().stream().map(ColumnJson::of).toList(), r.deadLinks().stream().map(DeadLinkJson::of).toList(),
        r.findings().stream().map(FindingJson::of).toList(), r.letters().stream().map(LetterJson::of).toList(), r.pages().size(),
        AccessibilityJson.of(r.accessibility()));
  }

  /**
   * A veto item or a census check (检查项), one shape for both.
   *
   * @param code the code, e.g. {@code BLANK_COLUMNS} or {@code SITE_IDENTIFIERS}
   * @param name its Chinese name
   * @param status {@code pass}, {@code fail} or {@code not-checked}
   * @param failed whether it failed
   * @param weight {@code veto}, {@code deduction} or {@code advice}
   * @param points the points a failure deducts (0 unless the weight is a deduction)
   * @param count how many offences were counted
   * @param threshold how many fail it
   * @param rule the rule and its source
   * @param evidence what was found or missing, and where
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record CheckJson(String code, String name, String status, boolean failed, String weight, int points, int count, int threshold,
      String rule, List<String> evidence) {
    /** Rejects a null component, naming it, and copies the list. */
    public CheckJson {
      Checks.notNull(code, "code");
      Checks.notNull(name, "name");
      Checks.notNull(status, "status");
      Checks.notNull(weight, "weight");
      Checks.notNull(rule, "rule");
      evidence = List.copyOf(Checks.notNull(evidence, "evidence"));
    }

    static CheckJson of(Veto v) {
      String status = v.failed() ? "fail" : v.rule().equals("not checked") ? "not-checked" : "pass";
      return new CheckJson(v.code().name(), v.code().chinese(), status, v.failed(), "veto", 0, v.count(), v.threshold(), v.rule(), v.evidence());
    }

    static CheckJson of(AuditCheck c) {
      return new CheckJson(c.code().name(), c.code().chinese(), c.status().jsonName(), c.failed(), c.weight().kind().jsonName(),
          c.weight().points(), c.count(), c.threshold(), c.rule(), c.evidence());
    }
  }

  /**
   * The accessibility of the site (无障碍).
   *
   * @param score the site's score, 0–100
   * @param pages every page read with its score and findings
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record AccessibilityJson(int score, List<PageJson> pages) {
    /** Rejects a null component, naming it, and copies the list. */
    public AccessibilityJson {
      pages = List.copyOf(Checks.notNull(pages, "pages"));
    }

    static AccessibilityJson of(AccessibilityReport a) {
      return new AccessibilityJson(a.score(), a.pages().stream().map(p -> new PageJson(p.url(), p.score(), p.findings().stream()
          .map(f -> new A11yFindingJson(f.rule().id(), f.rule().chinese(), f.rule().source(), f.element(), f.problem(), f.fix())).toList()))
          .toList());
    }
  }

  /**
   * A page's accessibility.
   *
   * @param url the page
   * @param score its score, 0–100
   * @param findings its findings
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record PageJson(String url, int score, List<A11yFindingJson> findings) {
    /** Rejects a null component, naming it, and copies the list. */
    public PageJson {
      Checks.notNull(url, "url");
      findings = List.copyOf(Checks.notNull(findings, "findings"));
    }
  }

  /**
   * An accessibility finding.
   *
   * @param rule the rule's id, e.g. {@code image-alt}
   * @param name its Chinese name
   * @param source the clause it cites
   * @param element the element
   * @param problem what is wrong
   * @param fix how to fix it
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record A11yFindingJson(String rule, String name, String source, String element, String problem, String fix) {
    /** Rejects a null component, naming it. */
    public A11yFindingJson {
      Checks.notNull(rule, "rule");
      Checks.notNull(name, "name");
      Checks.notNull(source, "source");
      Checks.notNull(element, "element");
      Checks.notNull(problem, "problem");
      Checks.notNull(fix, "fix");
    }
  }

  /**
   * The home page probe (可用性).
   *
   * @param status the HTTP status, 0 when there was no answer
   * @param millis how long the answer took
   * @param ok whether it answered in time
   * @param error what went wrong, {@code ""} when nothing did
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record Availability(int status, long millis, boolean ok, String error) {
    /** Rejects a null component, naming it. */
    public Availability {
      Checks.notNull(error, "error");
    }

    static Availability of(Probe p) {
      return new Availability(p.status(), p.elapsed().toMillis(), p.ok(), p.error());
    }
  }

  /**
   * A deduction (扣分项).
   *
   * @param id the deduction's id
   * @param points the points taken off
   * @param rule the rule and its source
   * @param evidence what was found
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record DeductionJson(String id, int points, String rule, List<String> evidence) {
    /** Rejects a null component, naming it, and copies the list. */
    public DeductionJson {
      Checks.notNull(id, "id");
      Checks.notNull(rule, "rule");
      evidence = List.copyOf(Checks.notNull(evidence, "evidence"));
    }

    static DeductionJson of(Deduction d) {
      return new DeductionJson(d.id(), d.points(), d.rule(), d.evidence());
    }
  }

  /**
   * The home page's freshness (首页更新).
   *
   * @param status its status's JSON name
   * @param lastUpdated the last update, when known
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record HomePage(String status, @JsonInclude(Include.NON_ABSENT) Optional<String> lastUpdated) {
    /** Rejects a null component, naming it. */
    public HomePage {
      Checks.notNull(status, "status");
      Checks.notNull(lastUpdated, "lastUpdated");
    }
  }

  /**
   * A column of the profile (栏目).
   *
   * @param id the column's id
   * @param name its name
   * @param kind its kind's JSON name
   * @param status its status's JSON name, or {@code error}
   * @param items how many items were found on its list pages
   * @param lastPublished the day of its last item, when it has items
   * @param staleAfter the last fresh instant, when there is one
   * @param error why its list could not be read, when it could not
   * @param listPages the list pages read
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record ColumnJson(String id, String name, String kind, String status, int items,
      @JsonInclude(Include.NON_ABSENT) Optional<LocalDate> lastPublished, @JsonInclude(Include.NON_ABSENT) Optional<String> staleAfter,
      @JsonInclude(Include.NON_ABSENT) Optional<String> error, List<String> listPages) {
    /** Rejects a null component, naming it, and copies the list. */
    public ColumnJson {
      Checks.notNull(id, "id");
      Checks.notNull(name, "name");
      Checks.notNull(kind, "kind");
      Checks.notNull(status, "status");
      Checks.notNull(lastPublished, "lastPublished");
      Checks.notNull(staleAfter, "staleAfter");
      Checks.notNull(error, "error");
      listPages = List.copyOf(Checks.notNull(listPages, "listPages"));
    }

    static ColumnJson of(ColumnResult c) {
      return new ColumnJson(c.id(), c.freshness().column().name(), c.freshness().column().kind().jsonName(), c.status(), c.itemsFound(),
          c.freshness().lastPublished().map(LocalDateTime::toLocalDate), c.freshness().staleAfter().map(LocalDateTime::toString),
          c.error(), c.listPages());
    }
  }

  /**
   * A dead link (死链).
   *
   * @param url the link
   * @param status the HTTP status, 0 when there was no answer
   * @param foundOn the page it was found on
   * @param error what went wrong without an answer, when something did
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record DeadLinkJson(String url, int status, String foundOn, @JsonInclude(Include.NON_ABSENT) Optional<String> error) {
    /** Rejects a null component, naming it. */
    public DeadLinkJson {
      Checks.notNull(url, "url");
      Checks.notNull(foundOn, "foundOn");
      Checks.notNull(error, "error");
    }

    static DeadLinkJson of(DeadLink d) {
      return new DeadLinkJson(d.url(), d.status(), d.foundOn(), d.error().isEmpty() ? Optional.empty() : Optional.of(d.error()));
    }
  }

  /**
   * A screening finding on a page (错敏信息).
   *
   * @param url the page
   * @param category the rule's category
   * @param rule the rule
   * @param severity {@code info}, {@code review} or {@code block}
   * @param text the text found, personal data masked
   * @param suggestion the correct form, {@code ""} when there is none
   * @param excerpt the text around it
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record FindingJson(String url, String category, String rule, String severity, String text, String suggestion, String excerpt) {
    /** Rejects a null component, naming it. */
    public FindingJson {
      Checks.notNull(url, "url");
      Checks.notNull(category, "category");
      Checks.notNull(rule, "rule");
      Checks.notNull(severity, "severity");
      Checks.notNull(text, "text");
      Checks.notNull(suggestion, "suggestion");
      Checks.notNull(excerpt, "excerpt");
    }

    static FindingJson of(ContentFinding f) {
      return new FindingJson(f.url(), f.category(), f.rule(), f.severity().id(), f.text(), f.suggestion(), f.excerpt());
    }
  }

  /**
   * A letter on the mailbox's public list (信件).
   *
   * @param title its title
   * @param url its page
   * @param received the day received
   * @param replyDue the last day for the reply
   * @param status its status's JSON name
   * @param replied the day replied, when it was
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record LetterJson(String title, String url, LocalDate received, LocalDate replyDue, String status,
      @JsonInclude(Include.NON_ABSENT) Optional<LocalDate> replied) {
    /** Rejects a null component, naming it. */
    public LetterJson {
      Checks.notNull(title, "title");
      Checks.notNull(url, "url");
      Checks.notNull(received, "received");
      Checks.notNull(replyDue, "replyDue");
      Checks.notNull(status, "status");
      Checks.notNull(replied, "replied");
    }

    static LetterJson of(Letter l) {
      return new LetterJson(l.title(), l.url(), l.received(), l.replyDue(), l.status().jsonName(), l.replied());
    }
  }
}
