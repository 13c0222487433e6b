package org.govsite.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the census checks keep of a crawled page, read in the crawl's single parse of it: the
 * identifiers missing or malformed, the labelled publication dates, the accessibility findings and,
 * for the start page, the 找错 entry, the search form and the titles a search can look for.
 */
record PageFacts(boolean read, List<String> identifierProblems, List<PublishedDate> publicationDates, PageAccessibility accessibility,
    Optional<String> errorReportEntry, Optional<SearchForm> searchForm, List<TitleLink> titles) {

  /** A publication date found on a page and what labelled it (发布时间, meta PubDate …). */
  record PublishedDate(LocalDate date, String label) {}

  /** A GET search form: where it goes, the query field, the other fields with their values. */
  record SearchForm(String action, String field, List<String[]> hidden) {}

  /** A link on the start page whose text can be searched for. */
  record TitleLink(String text, String url) {}

  /** The facts of a page that was not read (an error, not HTML). */
  static PageFacts none(String url) {
    return new PageFacts(false, List.of(), List.of(), new PageAccessibility(url, 100, List.of()), Optional.empty(), Optional.empty(), List.of());
  }
}
