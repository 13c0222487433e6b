package org.govsite.core.screening;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.govsite.core.text.TextNormalizer;

/**
 * Screens a stream in windows (分段检查) so memory stays bounded whatever the input's length.
 *
 * <p>A window ends at a <em>break</em>: a char that resets every matcher — in no term and not
 * noise (the automaton returns to its root), not a letter or digit after width folding and not
 * part of an e-mail address or a landline (the personal-data scanner starts afresh), and not a char a
 * classification period is read from ({@link SecrecyMarks}). No finding spans a break, and what
 * is found after it does not depend on what came before, so the windows' findings are exactly
 * those of screening the whole text. A window reads {@link #LOOKAHEAD} chars past its end for the
 * whole-word check and the period of a mark. Only when no break comes within {@code maxRun} chars
 * (not prose: a run of digits or Latin letters) is a window cut anyway; the next one then starts
 * {@code overlap} chars earlier — the longest term with its largest noise gaps, or the longest
 * piece of personal data — and a finding longer than that could be missed there.
 */
final class WindowedScreening {
  /** Chars read past a window's end: the whole-word check needs one, a mark's period at most two. */
  static final int LOOKAHEAD = 8;
  /** The longest personal data a forced cut keeps whole: a bank card in groups, an e-mail address. */
  static final int LONGEST_PERSONAL_DATA = 256;
  /** Chars of {@link SecrecyMarks} periods: never a break, so a period is read within its window. */
  private static final String PERIOD_CHARS = "长長期年月天日个個";

  /** Receives each window: its text, its offset in the input and its findings (offsets into the input). */
  interface Sink {
    void window(String text, int offset, List<Finding> findings) throws IOException;
  }

  private final Screener screener;
  private final Automaton automaton;
  private final TextNormalizer fold;

  WindowedScreening(Screener screener, Automaton automaton, TextNormalizer fold) {
    this.screener = screener;
    this.automaton = automaton;
    this.fold = fold;
  }

  /** The chars a forced cut repeats: the longest term stretched by its noise gaps, or personal data. */
  int overlap() {
    int longest = 1;
    for (int l : automaton.patternLength) {
      longest = Math.max(longest, l);
    }
    return Math.max(longest * (automaton.maxGap + 1), LONGEST_PERSONAL_DATA) + LOOKAHEAD;
  }

  boolean isBreak(char c) {
    if (automaton.cls[c] != 0 || PERIOD_CHARS.indexOf(c) >= 0) {
      return false;
    }
    char f = fold.fold(c);
    if (Landlines.joins(PersonalDataScanner.foldChar(c))) {
      return false;
    }
    return !PersonalDataScanner.readsAsAlnum(c) && !Automaton.asciiAlnum(f) && "@.-_%+ ".indexOf(f) < 0;
  }

  /** Screens the reader in windows of about {@code window} chars; returns the chars read. */
  long run(Reader in, int window, int maxRun, Sink sink) throws IOException {
    int overlap = overlap();
    int limit = Math.max(maxRun, window + 2 * overlap + LOOKAHEAD);
    StringBuilder pending = new StringBuilder();
    char[] buf = new char[8192];
    long base = 0;
    int skip = 0;
    boolean eof = false;
    for (;;) {
      while (!eof && pending.length() < skip + window + LOOKAHEAD) {
        eof = fill(in, buf, pending);
      }
      int cut = -1;
      int from = skip + window;
      while (cut < 0) {
        for (int i = from; i + LOOKAHEAD <= pending.length() && cut < 0; i++) {
          if (isBreak(pending.charAt(i))) {
            cut = i;
          }
        }
        if (cut >= 0 || eof || pending.length() >= limit) {
          break;
        }
        from = Math.max(from, pending.length() - LOOKAHEAD + 1);
        eof = fill(in, buf, pending);
      }
      if (cut < 0 && eof) {
        emit(pending.toString(), base, skip, pending.length(), sink);
        return base + pending.length();
      }
      if (cut >= 0) {
        emit(pending.substring(0, cut + LOOKAHEAD), base, skip, cut, sink);
        pending.delete(0, cut);
        base += cut;
        skip = 0;
      } else {
        int end = skip + window;
        emit(pending.substring(0, Math.min(pending.length(), end + overlap)), base, skip, end, sink);
        int keep = Math.min(overlap, end);
        pending.delete(0, end - keep);
        base += end - keep;
        skip = keep;
      }
      if (base + pending.length() > Integer.MAX_VALUE) {
        throw new IllegalStateException("input longer than 2^31 chars");
      }
    }
  }

  private static boolean fill(Reader in, char[] buf, StringBuilder pending) throws IOException {
    int n = in.read(buf);
    if (n < 0) {
      return true;
    }
    pending.append(buf, 0, n);
    return false;
  }

  /** Screens one window's text, keeping the findings that start in [skip, own). */
  private void emit(String text, long base, int skip, int own, Sink sink) throws IOException {
    int offset = (int) base;
    List<Finding> kept = new ArrayList<>();
    for (Finding f : screener.screen(text).findings()) {
      if (f.start() >= skip && f.start() < own) {
        kept.add(new Finding(f.rule(), f.category(), f.severity(), f.start() + offset, f.end() + offset, f.text(),
            f.suggestion()));
      }
    }
    sink.window(text.substring(skip, Math.min(own, text.length())), offset + skip, kept);
  }
}
