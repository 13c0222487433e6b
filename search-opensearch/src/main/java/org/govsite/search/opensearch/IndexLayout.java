package org.govsite.search.opensearch;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Map;
import org.apiguardian.api.API;
import org.opensearch.client.opensearch._types.mapping.DynamicMapping;
import org.opensearch.client.opensearch._types.mapping.DynamicTemplate;
import org.opensearch.client.opensearch._types.mapping.Property;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.indices.IndexSettings;

/**
 * The settings and mappings of a GovSite index on OpenSearch (索引结构): everything a stock node
 * accepts, with no plugin.
 *
 * <p>Text is analysed by the bundled {@code analysis-common} module: {@value #CJK_ANALYZER} is the
 * standard tokenizer (one token per Han character), {@code cjk_width} (full-width Latin and
 * half-width katakana to their usual forms), {@code lowercase} and {@code cjk_bigram} (overlapping
 * pairs of Han characters, as GovSite's embedded index makes). What a stock node cannot do is done
 * by GovSite before a document is sent, into fields of their own: folded text (traditional to
 * simplified, noise removed) in {@value #TITLE_FOLDED}/{@value #BODY_FOLDED}, pinyin keys in
 * {@value #PINYIN} (space-separated, split by {@value #KEYS_ANALYZER}), and the normalized forms of a
 * 发文字号 in {@value #DOCUMENT_NUMBER_KEYS} (exact keywords).
 *
 * <p>{@value #SITE} lets one index serve many sites of a 集约化 platform: every query filters on it
 * and facets count it. Facets are keywords under {@value #FACETS}{@code .<name>}; everything else is
 * {@code dynamic: strict}, so a misspelt field fails the document instead of growing the mapping.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class IndexLayout {
  /** Field: the document's id within its site (keyword). */
  public static final String ID = "id";
  /** Field: the site the document belongs to (keyword), e.g. a county portal's code. */
  public static final String SITE = "site";
  /** Field: the kind of content (keyword), e.g. {@code disclosure} or {@code letter}. */
  public static final String KIND = "kind";
  /** Field: the title as published (text, stored in the source, not searched: searches use {@value #TITLE_FOLDED}). */
  public static final String TITLE = "title";
  /** Field: the body as plain text (stored in the source for highlights, not searched: searches use {@value #BODY_FOLDED}). */
  public static final String BODY = "body";
  /** Field: the title folded by GovSite (text, {@value #CJK_ANALYZER}). */
  public static final String TITLE_FOLDED = "title_folded";
  /** Field: the body folded by GovSite (text, {@value #CJK_ANALYZER}). */
  public static final String BODY_FOLDED = "body_folded";
  /** Field: pinyin keys computed by GovSite, space-separated (text, {@value #KEYS_ANALYZER}). */
  public static final String PINYIN = "pinyin";
  /** Field: the normalized forms of the document's 发文字号 (keyword, many values). */
  public static final String DOCUMENT_NUMBER_KEYS = "document_number_keys";
  /** Field: the facet values, one keyword field per facet under this object. */
  public static final String FACETS = "facets";
  /** Field: the publication date (date, {@code yyyy-MM-dd}). */
  public static final String PUBLISHED = "published";
  /** Field: the 发文字号 as written (keyword, stored but not searchable: searches use {@value #DOCUMENT_NUMBER_KEYS}). */
  public static final String DOCUMENT_NUMBER = "document_number";
  /** Field: further stored fields, name to value (an object neither indexed nor mapped). */
  public static final String EXTRA = "extra";
  /** Field: the document's address (keyword, stored but not searchable). */
  public static final String URL = "url";

  /** The analyzer of the text fields: standard tokenizer, cjk_width, lowercase, cjk_bigram. */
  public static final String CJK_ANALYZER = "govsite_cjk";
  /**
   * The analyzer of the {@value #CHARS} sub-fields: standard tokenizer, cjk_width, lowercase: one
   * token per Han character, so that a one-character query (税) finds 税务局, whose bigrams are
   * 税务 and 务局. (The client's typed API has no {@code cjk_bigram} with {@code output_unigrams},
   * which would put both in one field.)
   */
  public static final String CHARS_ANALYZER = "govsite_chars";
  /** The sub-field of {@value #TITLE_FOLDED} and {@value #BODY_FOLDED} analysed by {@value #CHARS_ANALYZER}. */
  public static final String CHARS = "chars";
  /** The analyzer of the key fields: whitespace tokenizer, lowercase. */
  public static final String KEYS_ANALYZER = "govsite_keys";

  private IndexLayout() {}

  /**
   * Returns the index settings: shard and replica counts and the two analyzers.
   *
   * @param shards primary shards, 1 or more (1 suits up to tens of millions of small documents)
   * @param replicas copies of each shard, 0 or more (0 on a single node, which cannot place a replica)
   */
  public static IndexSettings settings(int shards, int replicas) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1: " + shards);
    }
    if (replicas < 0) {
      throw new IllegalArgumentException("replicas must not be negative: " + replicas);
    }
    return IndexSettings.of(s -> s
        .numberOfShards(shards)
        .numberOfReplicas(replicas)
        .analysis(a -> a
            .analyzer(CJK_ANALYZER, an -> an.custom(c -> c.tokenizer("standard").filter("cjk_width", "lowercase", "cjk_bigram")))
            .analyzer(CHARS_ANALYZER, an -> an.custom(c -> c.tokenizer("standard").filter("cjk_width", "lowercase")))
            .analyzer(KEYS_ANALYZER, an -> an.custom(c -> c.tokenizer("whitespace").filter("lowercase")))));
  }

  /**
   * Returns the settings of an index while a rebuild fills it: no replicas and no periodic refresh
   * (refresh_interval -1), which a bulk load into an index nobody searches yet does not need.
   */
  public static IndexSettings buildSettings(int shards) {
    IndexSettings live = settings(shards, 0);
    return IndexSettings.of(s -> s
        .numberOfShards(shards)
        .numberOfReplicas(0)
        .refreshInterval(t -> t.time("-1"))
        .analysis(live.analysis()));
  }

  /** Returns the mappings: the fields above, strict except for facets. */
  public static TypeMapping mappings() {
    Property keyword = Property.of(p -> p.keyword(k -> k));
    Property storedText = Property.of(p -> p.text(t -> t.index(false)));
    Property foldedText = Property.of(p -> p.text(t -> t.analyzer(CJK_ANALYZER)
        .fields(CHARS, f -> f.text(c -> c.analyzer(CHARS_ANALYZER)))));
    return TypeMapping.of(m -> m
        .dynamic(DynamicMapping.Strict)
        .dynamicTemplates(Map.of("facets_as_keywords", DynamicTemplate.of(d -> d.pathMatch(FACETS + ".*").mapping(keyword))))
        .properties(ID, keyword)
        .properties(SITE, keyword)
        .properties(KIND, keyword)
        .properties(TITLE, storedText)
        .properties(BODY, storedText)
        .properties(TITLE_FOLDED, foldedText)
        .properties(BODY_FOLDED, foldedText)
        .properties(PINYIN, Property.of(p -> p.text(t -> t.analyzer(KEYS_ANALYZER))))
        .properties(DOCUMENT_NUMBER_KEYS, keyword)
        .properties(FACETS, Property.of(p -> p.object(o -> o.dynamic(DynamicMapping.True))))
        .properties(PUBLISHED, Property.of(p -> p.date(d -> d.format("strict_date"))))
        .properties(DOCUMENT_NUMBER, Property.of(p -> p.keyword(k -> k.index(false))))
        .properties(EXTRA, Property.of(p -> p.object(o -> o.enabled(false))))
        .properties(URL, Property.of(p -> p.keyword(k -> k.index(false)))));
  }
}
