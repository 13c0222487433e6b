package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.disclosure.Catalogue;
import org.govsite.disclosure.TopicTree;
import org.govsite.interaction.Letter;
import org.govsite.interaction.Mailbox;
import org.govsite.search.DisclosureDocuments;
import org.govsite.search.LetterDocuments;
import org.govsite.search.PlainLanguageSynonyms;
import org.govsite.search.SearchBackend;
import org.govsite.search.SearchDocument;
import org.govsite.search.SiteSearch;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Site search (站内搜索): embedded Lucene (an index folder, or memory), or OpenSearch when a
 * {@link SearchBackend} bean exists ({@link GovSiteOpenSearchConfiguration} makes one when
 * govsite-search-opensearch's backend is on the class path and {@code govsite.search.opensearch.url}
 * is set). The catalogue and the published letters are indexed at start.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AutoConfiguration(after = GovSiteJdbcAutoConfiguration.class)
@ConditionalOnClass(SiteSearch.class)
@ConditionalOnBooleanProperty(name = "govsite.search.enabled", matchIfMissing = true)
@Import(GovSiteOpenSearchConfiguration.class)
public class GovSiteSearchAutoConfiguration {
  /** Creates the configuration (Spring calls this). */
  public GovSiteSearchAutoConfiguration() {}

  /**
   * The site search. With a {@link SearchBackend} bean it searches there; otherwise in the folder
   * {@code govsite.search.index-dir} (rebuilt beside first when missing, damaged or stale, as the
   * portal does) or in memory.
   */
  @Bean
  @ConditionalOnMissingBean
  public SiteSearch govSiteSearch(GovSiteProperties properties, ObjectProvider<SearchBackend> backend,
      ObjectProvider<Catalogue> catalogue, ObjectProvider<Mailbox> mailbox) {
    GovSiteProperties.Search s = properties.getSearch();
    SiteSearch.Builder b = SiteSearch.builder();
    Path synonyms = s.getSynonyms();
    if (synonyms != null) {
      b.synonyms(Settings.build("govsite.search.synonyms", synonyms, () -> PlainLanguageSynonyms.load(synonyms)));
    }
    List<SearchDocument> docs = s.isIndexOnStart() ? documents(s, catalogue.getIfAvailable(), mailbox.getIfAvailable()) : List.of();
    SearchBackend other = backend.getIfAvailable();
    Path folder = s.getIndexDir();
    if (other != null) {
      b.backend(other);
    } else if (folder != null) {
      if (s.isIndexOnStart() && SiteSearch.inspect(folder, SiteSearch.fingerprint(docs)).needsRebuild()) {
        SiteSearch.rebuildFolder(folder, docs);
      }
      b.folder(folder);
    }
    SiteSearch search = b.build();
    if (s.isIndexOnStart() && (other != null || folder == null)) {
      search.rebuild(docs.stream());
      search.commit();
    }
    return search;
  }

  /** The catalogue's entries and the published letters, linked by {@code govsite.search.entry-url} and {@code letter-url}. */
  static List<SearchDocument> documents(GovSiteProperties.Search s, @Nullable Catalogue catalogue, @Nullable Mailbox mailbox) {
    List<SearchDocument> docs = new ArrayList<>();
    if (catalogue != null) {
      TopicTree topics = catalogue.tree(TopicTree.GOV_CN).orElseGet(TopicTree::govCn);
      catalogue.entries().forEach(e -> docs.add(DisclosureDocuments.of(e, topics, s.getEntryUrl().replace("{id}", e.indexNumber()))));
    }
    if (mailbox != null) {
      for (Letter l : mailbox.store().all()) {
        mailbox.publicView().of(l).ifPresent(p -> docs.add(LetterDocuments.of(p, s.getLetterUrl().replace("{id}", p.id()))));
      }
    }
    return docs;
  }
}
