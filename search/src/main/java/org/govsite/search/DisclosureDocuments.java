package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;
import org.govsite.disclosure.CatalogueEntry;
import org.govsite.disclosure.Classification;
import org.govsite.disclosure.TopicTree;

/**
 * Turns disclosure catalogue entries (信息公开目录) into search documents. Needs
 * {@code govsite-disclosure} on the class path (an optional dependency of this module).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DisclosureDocuments {
  private DisclosureDocuments() {}

  /**
   * Returns the document of an entry: id = 索引号, body = summary and keywords, organ = issuing
   * organ, topic = the name of its first classification in {@code topics}, date = 发布日期.
   */
  public static SearchDocument of(CatalogueEntry entry, TopicTree topics, String url) {
    Checks.notNull(entry, "entry");
    Checks.notNull(topics, "topics");
    Checks.notNull(url, "url");
    SearchDocument.Builder b = SearchDocument.builder(entry.indexNumber(), ContentKind.DISCLOSURE, entry.title())
        .body(entry.summary() + (entry.keywords().isEmpty() ? "" : "\n" + String.join(" ", entry.keywords())))
        .url(url)
        .organ(entry.issuingOrgan())
        .date(entry.publishedDate())
        .extra("validity", entry.validity().label());
    entry.documentNumber().ifPresent(n -> b.documentNumber(n.toString()));
    entry.genre().ifPresent(g -> b.column(g));
    for (Classification c : entry.classifications()) {
      if (c.tree().equals(topics.name())) {
        topics.topic(c.code()).ifPresent(t -> b.topic(t.name()));
        break;
      }
    }
    return b.build();
  }
}
