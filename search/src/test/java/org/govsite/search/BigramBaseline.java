package org.govsite.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.govsite.search.internal.analysis.FoldingCharFilter;

/**
 * The issue 20 baseline: plain BM25 (Lucene's defaults) over character bigrams of the same folded
 * text, title and body in one field, a query being every bigram as a SHOULD clause with no
 * minimum to match. A few lines, as in the issue; it answers any query that shares one bigram.
 */
final class BigramBaseline implements AutoCloseable {
  private static final Analyzer BIGRAMS = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer t = new StandardTokenizer();
      return new TokenStreamComponents(t, new CJKBigramFilter(t));
    }

    @Override
    protected Reader initReader(String field, Reader reader) {
      return new FoldingCharFilter(reader);
    }
  };

  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  BigramBaseline(List<SeedCorpus.Doc> docs) {
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(BIGRAMS))) {
        for (SeedCorpus.Doc d : docs) {
          Document doc = new Document();
          doc.add(new StringField("id", d.id(), Field.Store.YES));
          doc.add(new TextField("text", d.title() + "\n" + d.body(), Field.Store.NO));
          w.addDocument(doc);
        }
      }
      reader = DirectoryReader.open(dir);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> search(String query, int k) {
    try {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      try (TokenStream ts = BIGRAMS.tokenStream("text", query)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          b.add(new TermQuery(new Term("text", term.toString())), Occur.SHOULD);
        }
        ts.end();
      }
      List<String> ids = new ArrayList<>();
      for (ScoreDoc sd : searcher.search(b.build(), k).scoreDocs) {
        ids.add(searcher.storedFields().document(sd.doc).get("id"));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
