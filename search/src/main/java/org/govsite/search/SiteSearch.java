package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.screening.PersonalDataMasker;
import org.govsite.core.screening.PublicCopyMasker;
import org.govsite.core.support.Checks;
import org.govsite.core.text.TextNormalizer;
import org.govsite.search.internal.AnalysisMode;
import org.govsite.search.internal.render.HighlightHtml;
import org.jspecify.annotations.Nullable;

/**
 * Site search (站内搜索) for a government portal: indexing by id, queries with filters, facets,
 * highlights, pinyin, typo correction, plain-language synonyms, suggestions and best bets.
 *
 * <p>Thread-safe. Changes are visible to the next search (near-real-time) and durable once
 * {@link #commit()} returns (or the search is closed). Results are cached until the index changes.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SiteSearch implements AutoCloseable {
  /** A query with fewer strict matches than this (or than its page reaches) is relaxed (issue 20). */
  static final int RELAX_BELOW = 10;

  /** The longest query accepted; longer input is refused rather than silently cut. */
  public static final int DEFAULT_MAX_QUERY_LENGTH = 1_000;

  private final SearchBackend backend;
  private final SearchAnalysis analysis;
  private final PlainLanguageSynonyms synonyms;
  private final BestBets bestBets;
  private final TypoCorrector corrector = TypoCorrector.bundled();
  private final int correctBelow;
  private final int maxQueryLength;
  private final Cache<CacheKey, SearchResults> cache;
  private final boolean cacheOff;
  private final Cache<String, LongAdder> popular;

  /** Results are cached by request and by the backend's change token: a change anywhere is a miss. */
  private record CacheKey(SearchRequest request, String changeToken) {}

  private SiteSearch(Builder b, SearchBackend backend) {
    this.backend = backend;
    this.analysis = b.analysis();
    this.synonyms = b.synonyms;
    this.bestBets = b.bestBets;
    this.correctBelow = b.correctBelow;
    this.maxQueryLength = b.maxQueryLength;
    this.cache = Caffeine.newBuilder().maximumSize(b.cacheSize).build();
    this.cacheOff = b.cacheSize == 0;
    this.popular = Caffeine.newBuilder().maximumSize(10_000).build();
  }

  /** Returns a builder; without a folder or backend the index lives in memory. */
  public static Builder builder() {
    return new Builder();
  }

  /** Adds a document or replaces the one with the same id. */
  public void index(SearchDocument document) {
    backend.upsert(Checks.notNull(document, "document"));
    cache.invalidateAll();
  }

  /** Deletes a document by id; returns whether it existed. */
  public boolean delete(String id) {
    boolean existed = backend.delete(Checks.notNull(id, "id"));
    cache.invalidateAll();
    return existed;
  }

  /**
   * Replaces the whole index with the given documents, built beside the live one: searches see
   * the old content until the new index is complete and switched in ({@link SearchBackend#rebuild}).
   */
  public void rebuild(Stream<SearchDocument> documents) {
    Checks.notNull(documents, "documents");
    try (SearchBackend.Rebuild rebuild = backend.rebuild()) {
      documents.forEach(rebuild::add);
      rebuild.publish();
    }
    cache.invalidateAll();
  }

  /** Makes every change so far durable: after it returns, a crash loses none of them. */
  public void commit() {
    backend.commit();
  }

  /** Returns the number of documents in the index. */
  public long size() {
    return backend.size();
  }

  /** Runs a plain query: relevance order, first 10 hits. */
  public SearchResults search(String text) {
    return search(SearchRequest.of(text));
  }

  /** Runs a request. */
  public SearchResults search(SearchRequest request) {
    Checks.notNull(request, "request");
    if (request.text().length() > maxQueryLength) {
      throw new InvalidInputException("q", "查询过长 / the query is longer than " + maxQueryLength + " characters: "
          + request.text().length());
    }
    record(request.text());
    // Caffeine evicts after the fact, so a cache of size 0 would still answer a repeat at once.
    return cacheOff ? run(request) : cache.get(new CacheKey(request, backend.changeToken()), k -> run(request));
  }

  private SearchResults run(SearchRequest request) {
    List<String> alternatives = synonyms.expand(request.text());
    BackendPage page = backend.search(query(request, alternatives, false));
    if (page.total() >= correctBelow || request.text().isBlank()) {
      return results(request, alternatives, relaxed(request, alternatives, page), Optional.empty());
    }
    Optional<String> corrected = corrector.correct(request.text(), backend);
    if (corrected.isEmpty()) {
      return results(request, alternatives, relaxed(request, alternatives, page), Optional.empty());
    }
    if (page.total() == 0) {
      // A question whose words occur in the site is answered as asked, the correction only
      // proposed: rewriting several of its words from the index vocabulary guesses too much.
      BackendPage loose = relaxed(request, alternatives, page);
      if (loose.total() > 0) {
        return results(request, alternatives, loose, Optional.of(new Correction(request.text(), corrected.get(), false)));
      }
      SearchRequest fixed = request.withText(corrected.get());
      List<String> fixedAlternatives = synonyms.expand(fixed.text());
      BackendPage better = backend.search(query(fixed, fixedAlternatives, false));
      return results(fixed, fixedAlternatives, relaxed(fixed, fixedAlternatives, better),
          Optional.of(new Correction(request.text(), corrected.get(), true)));
    }
    return results(request, alternatives, relaxed(request, alternatives, page),
        Optional.of(new Correction(request.text(), corrected.get(), false)));
  }

  private static BackendQuery query(SearchRequest request, List<String> alternatives, boolean relaxed) {
    return new BackendQuery(request, alternatives, relaxed, BackendQuery.HIGHLIGHT_CHARS);
  }

  /**
   * Strict first, then relaxed (issue 20): when the strict query does not fill the requested
   * page, the relaxed one adds the documents that hold only part of the query, after the strict
   * matches, ranked by how much of it they hold. A text that relaxing cannot widen (a 发文字号, a
   * single term) is not asked again.
   */
  private BackendPage relaxed(SearchRequest request, List<String> alternatives, BackendPage strict) {
    // At least a first page's worth, so that the first hits do not depend on the page size asked.
    long enough = Math.max((long) request.offset() + request.limit(), RELAX_BELOW);
    if (request.text().isBlank() || strict.total() >= enough
        || !QueryPlan.of(request.text(), List.of(), analysis, false).relaxable()) {
      return strict;
    }
    BackendPage relaxed = backend.search(query(request, alternatives, true));
    return relaxed.total() > strict.total() ? relaxed : strict;
  }

  /** Assembles the results: hits with their highlight HTML, best bets pinned, facets by code. */
  private SearchResults results(SearchRequest request, List<String> alternatives, BackendPage page, Optional<Correction> correction) {
    List<SearchHit> hits = new ArrayList<>();
    for (BackendHit h : page.hits()) {
      hits.add(hit(h.document(), h.score(), h.highlight(), false));
    }
    return new SearchResults(page.total(), page.totalIsExact(), pinBestBets(request, hits), facets(page), correction, alternatives);
  }

  private static SearchHit hit(StoredDocument d, float score, Highlight highlight, boolean pinned) {
    return new SearchHit(d.id(), d.kind(), d.title(), d.url(), d.date(), d.documentNumber(), score, html(highlight), pinned, d.extra());
  }

  /** The highlight as HTML: the text escaped, the matches in {@code <em>}. */
  static String html(Highlight h) {
    int[] starts = new int[h.matches().size()];
    int[] ends = new int[starts.length];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = h.matches().get(i).start();
      ends[i] = h.matches().get(i).end();
    }
    return HighlightHtml.write(h.text(), starts, ends);
  }

  /**
   * The facets by code: the five of a document always (empty when no match has a value), the
   * site only when the matches come from more than one site.
   */
  private static Map<String, List<FacetCount>> facets(BackendPage page) {
    Map<String, List<FacetCount>> out = new LinkedHashMap<>();
    for (Facet f : Facet.values()) {
      List<FacetCount> counts = page.facets().getOrDefault(f, List.of());
      if (f != Facet.SITE || counts.size() > 1) {
        out.put(f.code(), counts);
      }
    }
    return out;
  }

  private List<SearchHit> pinBestBets(SearchRequest request, List<SearchHit> found) {
    List<String> ids = bestBets.pinned(request.text());
    if (ids.isEmpty() || request.offset() > 0 || request.sort() != SearchRequest.Sort.RELEVANCE) {
      return found;
    }
    List<SearchHit> hits = new ArrayList<>();
    Set<String> pinned = new LinkedHashSet<>();
    for (String id : ids) {
      backend.get(id).ifPresent(d -> {
        hits.add(hit(d, 0f, Highlight.of(d.lead()), true));
        pinned.add(d.id());
      });
    }
    for (SearchHit h : found) {
      if (!pinned.contains(h.id()) && hits.size() < request.limit()) {
        hits.add(h);
      }
    }
    return hits;
  }

  /**
   * Records a query as asked, for popular-query suggestions (searches record themselves). A query
   * the public masker would change in any way — a checked ID or phone number, any run of 7 or more
   * digits (a landline, a number whose check fails), a name after 我叫/姓名 — is never recorded,
   * since suggestions are shown to everyone: dropped, not masked, so no one's half-hidden number
   * becomes a suggestion either.
   */
  public void record(String query) {
    Checks.notNull(query, "query");
    String q = TextNormalizer.standard().fold(query.strip());
    if (!q.isEmpty() && q.length() <= 40 && PersonalDataMasker.standard().find(q).isEmpty()
        && PublicCopyMasker.standard().mask(q).equals(q)) {
      popular.get(q, k -> new LongAdder()).increment();
    }
  }

  /** Returns suggestions (联想) for what was typed so far: popular queries first, then titles. */
  public List<String> suggest(String prefix, int max) {
    Checks.notNull(prefix, "prefix");
    Checks.argument(max >= 1 && max <= 50, "max", "超出范围", "must be between 1 and 50: " + max);
    String p = TextNormalizer.standard().fold(prefix.strip());
    if (p.isEmpty()) {
      return List.of();
    }
    Set<String> out = new LinkedHashSet<>();
    popular.asMap().entrySet().stream()
        .filter(e -> e.getKey().startsWith(p) && !e.getKey().equals(p))
        .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
        .limit(max)
        .forEach(e -> out.add(e.getKey()));
    for (String t : backend.suggestTitles(p, max)) {
      if (out.size() >= max) {
        break;
      }
      out.add(t);
    }
    return List.copyOf(out);
  }

  /**
   * Returns the fingerprint (指纹) of the documents an index is derived from: equal fingerprints
   * mean the same documents with the same fields, whatever their order, indexed by this version's
   * analysis. A portal compares it with the one stored in its index at start ({@link #inspect}).
   */
  public static String fingerprint(Collection<SearchDocument> documents) {
    return IndexFolders.fingerprint(Checks.notNull(documents, "documents"), DEFAULT_ANALYSIS);
  }

  /**
   * Returns the state of the index in a folder against the fingerprint of the data it should hold:
   * missing, locked by another writer, corrupt (every file's checksum is verified), stale (built
   * from other data, or changed after its last {@link #rebuildFolder}) or current.
   */
  public static IndexState inspect(Path folder, String fingerprint) {
    return IndexFolders.inspect(Checks.notNull(folder, "folder"), Checks.notNull(fingerprint, "fingerprint"));
  }

  /**
   * Rebuilds the index of a folder from documents beside it ({@code <folder>.new}) and then puts
   * it in the folder's place, so that an empty or half-built index is never in place; the commit
   * records {@link #fingerprint} of the documents. The folder must not be open in this process.
   */
  public static void rebuildFolder(Path folder, Collection<SearchDocument> documents) {
    Checks.notNull(folder, "folder");
    Checks.notNull(documents, "documents");
    IndexFolders.rebuild(folder, documents, fingerprint(documents), DEFAULT_ANALYSIS);
  }

  /** Commits and closes the index. */
  @Override
  public void close() {
    backend.close();
  }

  /** Builds a {@link SiteSearch}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable SearchBackend backend;
    private @Nullable Path folder;
    private PlainLanguageSynonyms synonyms = PlainLanguageSynonyms.bundled();
    private QuestionWords questionWords = QuestionWords.bundled();
    private BestBets bestBets = BestBets.none();
    private int correctBelow = 3;
    private int maxQueryLength = DEFAULT_MAX_QUERY_LENGTH;
    private long cacheSize = 1_000;
    private int rankingCandidates = TwoPhaseRanking.CANDIDATES;
    private int searchThreads = 1;
    private boolean readOnly;

    private Builder() {}

    /**
     * Searches the index's segments on this many threads (default 1: the caller's thread only);
     * more threads lower one query's latency on an idle multi-core server.
     */
    public Builder searchThreads(int threads) {
      Checks.argument(threads >= 1 && threads <= 64, "searchThreads", "超出范围", "must be between 1 and 64: " + threads);
      this.searchThreads = threads;
      return this;
    }

    /** Keeps the index in a folder on disk (created if missing): the default for portals. */
    public Builder folder(Path folder) {
      this.folder = Checks.notNull(folder, "folder");
      return this;
    }

    /**
     * Opens the folder's existing index for searching only (the command line's {@code search
     * query}): no write lock is taken, every file's checksum is verified, and a folder that holds
     * no index or a damaged one is bad input naming it ({@link SearchErrorCode#NO_INDEX},
     * {@link SearchErrorCode#CORRUPT_INDEX}) instead of being created or repaired.
     */
    public Builder readOnly() {
      this.readOnly = true;
      return this;
    }

    /** Uses another backend (e.g. OpenSearch for a site cluster) instead of embedded Lucene. */
    public Builder backend(SearchBackend backend) {
      this.backend = Checks.notNull(backend, "backend");
      return this;
    }

    /** Sets the plain-language synonyms (default: the bundled starter list). */
    public Builder synonyms(PlainLanguageSynonyms synonyms) {
      this.synonyms = Checks.notNull(synonyms, "synonyms");
      return this;
    }

    /**
     * Sets the question words and fillers a query never requires of a document (default: the
     * bundled list, {@link QuestionWords#bundled()}); the embedded backend plans its queries with
     * them, another backend with its own {@link SearchAnalysis}.
     */
    public Builder questionWords(QuestionWords questionWords) {
      this.questionWords = Checks.notNull(questionWords, "questionWords");
      return this;
    }

    /** Sets the best bets (default: none). */
    public Builder bestBets(BestBets bestBets) {
      this.bestBets = Checks.notNull(bestBets, "bestBets");
      return this;
    }

    /** Looks for a typo correction when a query finds fewer hits than this (default 3). */
    public Builder correctBelow(int hits) {
      Checks.argument(hits >= 0, "correctBelow", "不能为负数", "must not be negative: " + hits);
      this.correctBelow = hits;
      return this;
    }

    /** Sets the longest query accepted (default 1,000 characters). */
    public Builder maxQueryLength(int chars) {
      Checks.argument(chars >= 1 && chars <= 100_000, "maxQueryLength", "超出范围", "must be between 1 and 100000: " + chars);
      this.maxQueryLength = chars;
      return this;
    }

    /**
     * Sets how many candidates the embedded backend ranks by its full query when a query has
     * more than 2,000 matches (两阶段排序, default 200; 0 ranks every match, exact but slower).
     * The candidates are the best of a plain disjunction of the query's terms; docs/search.md
     * measures what more of them cost and change.
     */
    public Builder rankingCandidates(int candidates) {
      Checks.argument(candidates >= 0, "rankingCandidates", "不能为负数", "must not be negative: " + candidates);
      this.rankingCandidates = candidates;
      return this;
    }

    /** Sets how many recent results are cached (default 1,000; 0 turns the cache off). */
    public Builder cacheSize(long entries) {
      Checks.argument(entries >= 0, "cacheSize", "不能为负数", "must not be negative: " + entries);
      this.cacheSize = entries;
      return this;
    }

    private Relevance relevance() {
      return Relevance.DEFAULT.withCandidates(rankingCandidates);
    }

    private SearchAnalysis analysis() {
      return SearchAnalysis.of(DEFAULT_ANALYSIS, questionWords, relevance());
    }

    /** Builds the search, opening the index. */
    public SiteSearch build() {
      Checks.argument(backend == null || folder == null, "folder", "与 backend 二选一", "give a folder or a backend, not both");
      Checks.argument(!readOnly || folder != null, "readOnly", "需要 folder", "needs a folder");
      SearchBackend chosen = backend;
      if (chosen == null && folder != null) {
        chosen = (readOnly ? LuceneBackend.openExisting(folder, DEFAULT_ANALYSIS, searchThreads)
            : LuceneBackend.open(folder, DEFAULT_ANALYSIS, searchThreads)).configure(questionWords, relevance());
      }
      if (chosen == null) {
        chosen = LuceneBackend.inMemory(DEFAULT_ANALYSIS, searchThreads).configure(questionWords, relevance());
      }
      return new SiteSearch(this, chosen);
    }
  }

  /** The analysis chosen by measurement of quality and indexing cost (docs/search.md, {@link AnalysisMode}). */
  static final AnalysisMode DEFAULT_ANALYSIS = AnalysisMode.BIGRAM;
}
