package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
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
   * {@code govsite.search.index-dir} or in memory. With {@code govsite.search.index-on-start}, the
   * index is brought up to date with the database at start, and only when it is not already: a
   * folder index is rebuilt beside and switched in when missing, damaged or stale (its fingerprint is
   * not that of the documents); a backend (OpenSearch, shared by several sites and instances) is
   * never rebuilt, since that would replace the whole shared index with this site's documents:
   * when the label its last write recorded ({@link SearchBackend#source()}) is not this site's
   * fingerprint, this site's documents are written into it by upsert and the label recorded. Either
   * runs under a lock across instances ({@link StartLock}: a PostgreSQL advisory lock when the
   * application has a data source), so of several instances starting at once one does the work and
   * the others find the index current.
   */
  @Bean
  @ConditionalOnMissingBean
  public SiteSearch govSiteSearch(GovSiteProperties properties, ObjectProvider<SearchBackend> backend,
      ObjectProvider<Catalogue> catalogue, ObjectProvider<Mailbox> mailbox, ObjectProvider<DataSource> dataSource) {
    GovSiteProperties.Search s = properties.getSearch();
    SiteSearch.Builder b = SiteSearch.builder();
    Path synonyms = s.getSynonyms();
    if (synonyms != null) {
      b.synonyms(Settings.build("govsite.search.synonyms", synonyms, () -> PlainLanguageSynonyms.load(synonyms)));
    }
    Supplier<List<SearchDocument>> docs = () -> documents(s, catalogue.getIfAvailable(), mailbox.getIfAvailable());
    SearchBackend other = backend.getIfAvailable();
    Path folder = s.getIndexDir();
    DataSource db = dataSource.getIfUnique();
    if (other != null) {
      if (s.isIndexOnStart()) {
        String site = properties.getSearch().getOpensearch().getSite();
        StartLock.with(db, "govsite-search-index:" + properties.getSearch().getOpensearch().getIndexName(), () -> upsertIfChanged(other, site, docs.get()));
      }
      b.backend(other);
    } else if (folder != null) {
      if (s.isIndexOnStart()) {
        StartLock.with(db, "govsite-search-folder:" + folder.toAbsolutePath().normalize(), () -> {
          List<SearchDocument> all = docs.get();
          if (SiteSearch.inspect(folder, SiteSearch.fingerprint(all)).needsRebuild()) {
            SiteSearch.rebuildFolder(folder, all);
          }
          return null;
        });
      }
      b.folder(folder);
    }
    SiteSearch search = b.build();
    if (s.isIndexOnStart() && other == null && folder == null) {
      search.rebuild(docs.get().stream()); // in memory: this instance's own, nothing shared
      search.commit();
    }
    return search;
  }

  /** The label a site's documents are recorded under in a shared backend: the site, then their fingerprint. */
  static String sourceLabel(String site, List<SearchDocument> docs) {
    return "site:" + site + ":" + SiteSearch.fingerprint(docs);
  }

  /**
   * Writes {@code docs} into {@code backend} by upsert unless its recorded label is already theirs;
   * returns whether it wrote. Other sites' documents are left alone; a document this site no longer
   * has stays until it is deleted through the search (a full rebuild is an operator's decision).
   */
  static boolean upsertIfChanged(SearchBackend backend, String site, List<SearchDocument> docs) {
    String label = sourceLabel(site, docs);
    if (backend.source().equals(Optional.of(label))) {
      return false;
    }
    docs.forEach(backend::upsert);
    backend.commit(label);
    return true;
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
