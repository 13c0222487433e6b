package org.govsite.search;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The test corpus: the seed texts of shared/corpus/seeds cut into 148 documents of about 600
 * characters (seed-docs.json), and 64 labelled queries (seed-queries.json) whose relevant
 * documents were fixed by key-phrase rules, simplified and traditional forms both counted.
 */
final class SeedCorpus {
  record Doc(String id, String title, String body, String source) {}

  record LabelledQuery(String query, List<String> relevant) {}

  private SeedCorpus() {}

  static List<Doc> documents() {
    return read("seed-docs.json", new TypeReference<List<Map<String, String>>>() {}).stream()
        .map(m -> new Doc(m.get("id"), m.get("title"), m.get("body"), m.get("source"))).toList();
  }

  static List<LabelledQuery> queries() {
    return read("seed-queries.json", new TypeReference<List<LabelledQuery>>() {});
  }

  static void indexAll(SearchBackend backend) {
    documents().forEach(d -> backend.upsert(document(d)));
    backend.commit();
  }

  static SearchDocument document(Doc d) {
    return SearchDocument.builder(d.id(), ContentKind.ARTICLE, d.title()).body(d.body()).column(d.source().substring(0, 3)).build();
  }

  /** The hand-written question set (questions/README.md), read as govsite search eval reads it. */
  static List<SearchEvaluation.LabelledQuery> questions() {
    try {
      return SearchEvaluation.read(java.nio.file.Path.of(SeedCorpus.class.getResource("questions/questions.jsonl").toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keyword set as labelled queries. */
  static List<SearchEvaluation.LabelledQuery> keywords() {
    List<LabelledQuery> all = queries();
    java.util.ArrayList<SearchEvaluation.LabelledQuery> out = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).relevant().isEmpty()) {
        out.add(new SearchEvaluation.LabelledQuery("k" + i, all.get(i).query(), all.get(i).relevant()));
      }
    }
    return out;
  }

  private static <T> T read(String name, TypeReference<T> type) {
    try (InputStream in = SeedCorpus.class.getResourceAsStream(name)) {
      return new ObjectMapper().readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
