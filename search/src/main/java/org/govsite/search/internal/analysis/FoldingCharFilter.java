package org.govsite.search.internal.analysis;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;
import org.apiguardian.api.API;
import org.govsite.core.text.TextNormalizer;

/**
 * Applies the shared normalization chain ({@link TextNormalizer#fold(char)}: width, case, styled
 * forms, traditional → simplified) before tokenization; one char per char, so offsets are unchanged.
 */
@API(status = INTERNAL, since = "0.1")
public final class FoldingCharFilter extends CharFilter {
  private static final TextNormalizer FOLD = TextNormalizer.standard();


  /** Wraps a reader. */
  public FoldingCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = input.read(cbuf, off, len);
    for (int i = off; i < off + Math.max(n, 0); i++) {
      cbuf[i] = TextNormalizer.standard().fold(cbuf[i]);
    }
    return n;
  }

  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
