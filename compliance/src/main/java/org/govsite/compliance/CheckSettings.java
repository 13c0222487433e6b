package org.govsite.compliance;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.compliance.internal.CheckSources;
import org.govsite.core.support.Checks;

/**
 * A site's settings for the census checks (检查项设置), the {@code checks} object of a site profile:
 * every threshold defaults to its named source in docs/compliance.md and can be set per site.
 * Build with {@link #builder()}.
 *
 * @param weights the weights that replace the defaults ({@link #weight(CheckCode)})
 * @param searchUrl the site search's address with {@code {query}} where the query goes; empty to find the search form on the home page
 * @param httpsUrl the HTTPS address of the site; empty for {@code https://host/}
 * @param httpUrl the plain HTTP address whose redirect is checked; empty for {@code http://host/}
 * @param guideElements the key elements of a 办事指南, each a name and its synonyms separated by {@code |}
 * @param guideVetoThreshold how many incomplete guides fail the site
 * @param guidesPerColumn how many guides of each {@code service} column are read
 * @param forgedDatesThreshold how many publication dates after the audit fail the site
 * @param minContrast the least contrast of normal text
 * @param minLargeTextContrast the least contrast of large text
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CheckSettings(Map<CheckCode, Weight> weights, Optional<String> searchUrl, Optional<String> httpsUrl, Optional<String> httpUrl,
    List<String> guideElements, int guideVetoThreshold, int guidesPerColumn, int forgedDatesThreshold, double minContrast,
    double minLargeTextContrast) {
  /** Validates the components. */
  public CheckSettings {
    Checks.notNull(weights, "weights");
    weights.forEach((k, v) -> {
      Checks.notNull(k, "weights");
      Checks.notNull(v, "weights");
    });
    weights = Map.copyOf(weights);
    Checks.notNull(searchUrl, "searchUrl");
    searchUrl.ifPresent(u -> Checks.argument(u.contains("{query}"), "searchUrl", "应含{query}", "must contain {query}: " + u));
    Checks.notNull(httpsUrl, "httpsUrl");
    Checks.notNull(httpUrl, "httpUrl");
    guideElements = List.copyOf(Checks.notNull(guideElements, "guideElements"));
    Checks.argument(!guideElements.isEmpty() && guideElements.stream().noneMatch(e -> e.isBlank() || e.startsWith("|") || e.endsWith("|")),
        "guideElements", "要素不能为空", "the elements must be non-empty names: " + guideElements);
    Checks.argument(guideVetoThreshold >= 1, "guideVetoThreshold", "应至少为1", "must be at least 1: " + guideVetoThreshold);
    Checks.argument(guidesPerColumn >= 1 && guidesPerColumn <= 1000, "guidesPerColumn", "应为1至1000", "must be 1–1000: " + guidesPerColumn);
    Checks.argument(forgedDatesThreshold >= 1, "forgedDatesThreshold", "应至少为1", "must be at least 1: " + forgedDatesThreshold);
    Checks.argument(minContrast >= 1 && minContrast <= 21, "minContrast", "对比度应为1至21", "a contrast is 1–21: " + minContrast);
    Checks.argument(minLargeTextContrast >= 1 && minLargeTextContrast <= 21, "minLargeTextContrast", "对比度应为1至21",
        "a contrast is 1–21: " + minLargeTextContrast);
  }

  /** Returns the defaults: every threshold from its source. */
  public static CheckSettings defaults() {
    return builder().build();
  }

  /** Returns a builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the weight of a check: the site's, else the default (docs/compliance.md). */
  public Weight weight(CheckCode code) {
    Weight w = weights.get(Checks.notNull(code, "code"));
    return w != null ? w : defaultWeight(code);
  }

  /**
   * Returns the default weight: {@code SERVICE_GUIDE} and {@code FORGED_DATES} are veto items
   * (RULES §3); identifiers, the 找错 entry and search are deduction areas whose values RULES leaves
   * open, so they are advice until a site sets a value; HTTPS, IPv6 and accessibility are advice.
   */
  public static Weight defaultWeight(CheckCode code) {
    return switch (Checks.notNull(code, "code")) {
      case SERVICE_GUIDE, FORGED_DATES -> Weight.veto();
      default -> Weight.advice();
    };
  }

  /** Builds {@link CheckSettings} (检查项设置构建器), checking each setting. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Map<CheckCode, Weight> weights = new EnumMap<>(CheckCode.class);
    private Optional<String> searchUrl = Optional.empty();
    private Optional<String> httpsUrl = Optional.empty();
    private Optional<String> httpUrl = Optional.empty();
    private List<String> guideElements = CheckSources.SERVICE_GUIDE_ELEMENTS;
    private int guideVetoThreshold = CheckSources.SERVICE_GUIDE_VETO_THRESHOLD;
    private int guidesPerColumn = CheckSources.SERVICE_GUIDES_PER_COLUMN;
    private int forgedDatesThreshold = CheckSources.FORGED_DATES_VETO_THRESHOLD;
    private double minContrast = CheckSources.MIN_CONTRAST;
    private double minLargeTextContrast = CheckSources.MIN_LARGE_TEXT_CONTRAST;

    private Builder() {}

    /** Sets the weight of a check. */
    public Builder weight(CheckCode code, Weight weight) {
      weights.put(Checks.notNull(code, "code"), Checks.notNull(weight, "weight"));
      return this;
    }

    /** Sets the search address, with {@code {query}} where the query goes (absolute or relative to the audited address). */
    public Builder searchUrl(String url) {
      Checks.notNull(url, "searchUrl");
      Checks.argument(url.contains("{query}"), "searchUrl", "应含{query}", "must contain {query}: " + url);
      searchUrl = Optional.of(url);
      return this;
    }

    /** Sets the site's HTTPS address (e.g. {@code https://www.example.gov.cn/}). */
    public Builder httpsUrl(String url) {
      Checks.notNull(url, "httpsUrl");
      Checks.argument(url.startsWith("https://"), "httpsUrl", "应为https地址", "expected an https address: " + url);
      httpsUrl = Optional.of(url);
      return this;
    }

    /** Sets the plain HTTP address whose redirect to HTTPS is checked. */
    public Builder httpUrl(String url) {
      Checks.notNull(url, "httpUrl");
      Checks.argument(url.startsWith("http://"), "httpUrl", "应为http地址", "expected an http address: " + url);
      httpUrl = Optional.of(url);
      return this;
    }

    /** Sets the key elements of a 办事指南, each {@code name|synonym|…}. */
    public Builder guideElements(List<String> elements) {
      Checks.notNull(elements, "guideElements");
      Checks.argument(!elements.isEmpty() && elements.stream().allMatch(e -> e != null && !e.isBlank() && !e.startsWith("|") && !e.endsWith("|")),
          "guideElements", "要素不能为空", "the elements must be non-empty names: " + elements);
      guideElements = List.copyOf(elements);
      return this;
    }

    /** Sets how many incomplete guides fail the site (at least 1; default 1). */
    public Builder guideVetoThreshold(int n) {
      Checks.argument(n >= 1, "guideVetoThreshold", "应至少为1", "must be at least 1: " + n);
      guideVetoThreshold = n;
      return this;
    }

    /** Sets how many guides of each service column are read (1–1000; default 20). */
    public Builder guidesPerColumn(int n) {
      Checks.argument(n >= 1 && n <= 1000, "guidesPerColumn", "应为1至1000", "must be 1–1000: " + n);
      guidesPerColumn = n;
      return this;
    }

    /** Sets how many publication dates after the audit fail the site (at least 1; default 1). */
    public Builder forgedDatesThreshold(int n) {
      Checks.argument(n >= 1, "forgedDatesThreshold", "应至少为1", "must be at least 1: " + n);
      forgedDatesThreshold = n;
      return this;
    }

    /** Sets the least contrast of normal text (1–21; default 4.5). */
    public Builder minContrast(double ratio) {
      Checks.argument(ratio >= 1 && ratio <= 21, "minContrast", "对比度应为1至21", "a contrast is 1–21: " + ratio);
      minContrast = ratio;
      return this;
    }

    /** Sets the least contrast of large text (1–21; default 3). */
    public Builder minLargeTextContrast(double ratio) {
      Checks.argument(ratio >= 1 && ratio <= 21, "minLargeTextContrast", "对比度应为1至21", "a contrast is 1–21: " + ratio);
      minLargeTextContrast = ratio;
      return this;
    }

    /** Builds the settings. */
    public CheckSettings build() {
      return new CheckSettings(weights, searchUrl, httpsUrl, httpUrl, guideElements, guideVetoThreshold, guidesPerColumn, forgedDatesThreshold,
          minContrast, minLargeTextContrast);
    }
  }
}
