package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue query (目录检索): every criterion given must match; topics match their sub-topics.
 *
 * @param topic a classification; entries classified under it or below it match
 * @param organ the 发文机关, matched exactly
 * @param year the year of the 发布日期
 * @param genre the 体裁分类, matched exactly
 * @param validity the 有效性
 * @param mode the 公开方式
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CatalogueQuery(Optional<Classification> topic, Optional<String> organ, Optional<Integer> year,
    Optional<String> genre, Optional<Validity> validity, Optional<DisclosureMode> mode) {
  /** Checks the parts. */
  public CatalogueQuery {
    Checks.notNull(topic, "topic");
    Checks.notNull(organ, "organ");
    Checks.notNull(year, "year");
    Checks.notNull(genre, "genre");
    Checks.notNull(validity, "validity");
    Checks.notNull(mode, "mode");
  }

  /** Returns a builder; an empty query matches every entry. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a catalogue query (目录检索条件), checking each criterion as it is given. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable Classification topic;
    private @Nullable String organ;
    private @Nullable Integer year;
    private @Nullable String genre;
    private @Nullable Validity validity;
    private @Nullable DisclosureMode mode;

    private Builder() {}

    /** Matches entries classified under this topic or below it. */
    public Builder topic(Classification v) {
      topic = Checks.notNull(v, "topic");
      return this;
    }

    /** Matches entries of this 发文机关. */
    public Builder organ(String v) {
      Checks.argument(v != null && !v.isBlank(), "organ", "不能为空", "must not be blank");
      organ = v.strip();
      return this;
    }

    /** Matches entries published in this year. */
    public Builder year(int v) {
      Checks.argument(v >= 1000 && v <= 9999, "year", "年份须为四位数", "must have four digits: " + v);
      year = v;
      return this;
    }

    /** Matches entries of this 体裁分类. */
    public Builder genre(String v) {
      Checks.argument(v != null && !v.isBlank(), "genre", "不能为空", "must not be blank");
      genre = v.strip();
      return this;
    }

    /** Matches entries of this 有效性. */
    public Builder validity(Validity v) {
      validity = Checks.notNull(v, "validity");
      return this;
    }

    /** Matches entries of this 公开方式. */
    public Builder mode(DisclosureMode v) {
      mode = Checks.notNull(v, "mode");
      return this;
    }

    /** Returns the query. */
    public CatalogueQuery build() {
      return new CatalogueQuery(Optional.ofNullable(topic), Optional.ofNullable(organ), Optional.ofNullable(year),
          Optional.ofNullable(genre), Optional.ofNullable(validity), Optional.ofNullable(mode));
    }
  }
}
