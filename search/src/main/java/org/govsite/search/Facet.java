package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A facet (分面) a backend counts over the matches of a query: the filterable fields of a
 * {@link SearchDocument}. {@link SearchResults#facets()} lists them by {@link #code()}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum Facet {
  /** The content kind ({@link ContentKind#code()}). */
  KIND,
  /** The column (栏目). */
  COLUMN,
  /** The issuing or handling organ (发布机构). */
  ORGAN,
  /** The topic (主题分类). */
  TOPIC,
  /** The publication year. */
  YEAR,
  /** The site (站点) a document belongs to, on a platform that hosts several. */
  SITE;

  /** Returns the lower-case name results and JSON use: {@code kind}, {@code column} … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
