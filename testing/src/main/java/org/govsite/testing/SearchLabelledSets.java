package org.govsite.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.govsite.core.json.GovSiteJson;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchDocument;
import org.govsite.search.SearchEvaluation;

/**
 * The labelled sets {@link SearchBackendContract} measures relevance on (resources
 * {@code search/}, README there): the 148 seed documents, the keyword set and the question set.
 */
final class SearchLabelledSets {
  private SearchLabelledSets() {}

  /** The seed documents, as govsite-search's own quality tests index them. */
  static List<SearchDocument> documents() {
    List<SearchDocument> out = new ArrayList<>();
    for (JsonNode d : json("seed-docs.json")) {
      String source = d.get("source").asText();
      out.add(SearchDocument.builder(d.get("id").asText(), ContentKind.ARTICLE, d.get("title").asText())
          .body(d.get("body").asText()).column(source.substring(0, 3)).build());
    }
    return out;
  }

  /** The keyword queries that have relevant documents, numbered k0, k1 … by their place in the file. */
  static List<SearchEvaluation.LabelledQuery> keywords() {
    List<SearchEvaluation.LabelledQuery> out = new ArrayList<>();
    int i = 0;
    for (JsonNode q : json("seed-queries.json")) {
      List<String> relevant = new ArrayList<>();
      q.get("relevant").forEach(id -> relevant.add(id.asText()));
      if (!relevant.isEmpty()) {
        out.add(new SearchEvaluation.LabelledQuery("k" + i, q.get("query").asText(), relevant));
      }
      i++;
    }
    return out;
  }

  /** The residents' questions, read as {@code govsite search eval} reads them. */
  static List<SearchEvaluation.LabelledQuery> questions() {
    try (InputStream in = open("questions.jsonl")) {
      Path file = Files.createTempFile("govsite-questions", ".jsonl");
      try {
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        return SearchEvaluation.read(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(String name) {
    try (InputStream in = open(name)) {
      return GovSiteJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String name) {
    InputStream in = SearchLabelledSets.class.getResourceAsStream("search/" + name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/govsite/testing/search/" + name);
    }
    return in;
  }
}
