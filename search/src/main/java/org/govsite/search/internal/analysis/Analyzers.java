package org.govsite.search.internal.analysis;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apiguardian.api.API;

/** The analysis chains: every one folds characters first, so 網站, 网站 and full-width forms meet. */
@API(status = INTERNAL, since = "0.1")
public final class Analyzers {
  private Analyzers() {}

  /** CJK bigrams (and lone characters); with {@code unigrams} every character too (index side). */
  public static Analyzer bigram(boolean unigrams) {
    return new FoldingAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(t);
        s = new CJKBigramFilter(s, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA
            | CJKBigramFilter.HANGUL, unigrams);
        return new TokenStreamComponents(t, s);
      }
    };
  }

  /** SmartChineseAnalyzer's word segmentation (HMM), without its stop words so no query goes empty. */
  public static Analyzer words() {
    return new FoldingAnalyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new HMMChineseTokenizer();
        TokenStream s = new LowerCaseFilter(t);
        s = new PorterStemFilter(s);
        return new TokenStreamComponents(t, s);
      }
    };
  }

  /** Text analysers start alike: fold characters, then join Han characters split by spaces. */
  private abstract static class FoldingAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String field, Reader reader) {
      return new CjkSpacingCharFilter(new FoldingCharFilter(reader));
    }
  }

  /** Whitespace-separated tokens taken as they are (pinyin and key fields prepared in code). */
  public static Analyzer whitespace() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer t = new WhitespaceTokenizer();
        return new TokenStreamComponents(t, new LowerCaseFilter(t));
      }
    };
  }

  /** The whole value as one folded token. */
  public static Analyzer keyword() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        return new TokenStreamComponents(new KeywordTokenizer());
      }

      @Override
      protected Reader initReader(String field, Reader reader) {
        return new FoldingCharFilter(reader);
      }
    };
  }
}
