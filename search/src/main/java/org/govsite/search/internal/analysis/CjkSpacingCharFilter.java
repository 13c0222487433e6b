package org.govsite.search.internal.analysis;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Drops white space between two Han characters (建 设 为中 心 → 建设为中心), which typeset and
 * pasted government texts are full of, so words spread over spaces still form bigrams and words.
 * Offsets are corrected, so highlights land on the original text.
 */
@API(status = INTERNAL, since = "0.1")
public final class CjkSpacingCharFilter extends BaseCharFilter {
  /** The whole squeezed input, read on the first call to {@link #read}. */
  private char @Nullable [] output;
  private int position;

  /** Wraps a reader. */
  public CjkSpacingCharFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (output == null) {
      output = squeeze(readAll());
    }
    if (position >= output.length) {
      return -1;
    }
    int n = Math.min(len, output.length - position);
    System.arraycopy(output, position, cbuf, off, n);
    position += n;
    return n;
  }

  private char[] readAll() throws IOException {
    char[] all = new char[1024];
    int size = 0;
    int n;
    while ((n = input.read(all, size, all.length - size)) != -1) {
      size += n;
      if (size == all.length) {
        all = java.util.Arrays.copyOf(all, all.length * 2);
      }
    }
    return size == all.length ? all : java.util.Arrays.copyOf(all, size);
  }

  /** Squeezes in place: the output never runs ahead of the input. */
  private char[] squeeze(char[] in) {
    char[] out = in;
    int o = 0;
    int removed = 0;
    for (int i = 0; i < in.length; i++) {
      char c = in[i];
      if (Character.isWhitespace(c) && o > 0 && isHan(out[o - 1])) {
        int j = i;
        while (j < in.length && Character.isWhitespace(in[j])) {
          j++;
        }
        if (j < in.length && isHan(in[j])) {
          removed += j - i;
          addOffCorrectMap(o, removed);
          i = j - 1;
          continue;
        }
      }
      out[o++] = c;
    }
    return o == in.length ? out : java.util.Arrays.copyOf(out, o);
  }

  /** Returns a text with white space between two Han characters dropped, as the filter reads it. */
  public static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) && out.length() > 0 && isHan(out.charAt(out.length() - 1))) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        if (j < text.length() && isHan(text.charAt(j))) {
          i = j - 1;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Whether a code point is a Han character: the one definition the analysis and the character counts share. */
  public static boolean isHan(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
  }
}
