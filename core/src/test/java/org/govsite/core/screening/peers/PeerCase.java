package org.govsite.core.screening.peers;

import java.util.ArrayList;
import java.util.List;
import org.govsite.core.screening.Category;
import org.govsite.core.screening.Dictionary;
import org.govsite.core.screening.MatchSettings;
import org.govsite.core.screening.Screener;
import org.govsite.core.screening.Severity;

/**
 * One case of a peer library's published test suite, translated into a GovSite dictionary run:
 * where it comes from (repository, file, test name), the terms and allowed phrases the peer test
 * sets up, the settings that correspond to the peer's configuration, the text, and the spans the
 * peer expects. A case GovSite deliberately answers differently carries {@code ours} (what GovSite
 * finds) and {@code why}.
 *
 * @param source {@code owner/repo path#test} of the peer's test
 * @param terms the denied words the peer test uses (its defaults, where it relies on them)
 * @param allowed the allowed words
 * @param settings GovSite's settings for the peer's configuration (e.g. {@code noise=off} for no char ignoring)
 * @param text the text screened
 * @param peer the spans the peer expects, in order
 * @param ours what GovSite finds when it differs on purpose; equal to {@code peer} otherwise
 * @param why why GovSite differs; empty when it does not
 */
record PeerCase(String source, List<String> terms, List<String> allowed, MatchSettings settings, String text,
    List<String> peer, List<String> ours, String why) {

  /** A case GovSite answers as the peer does. */
  static PeerCase same(String source, List<String> terms, String settings, String text, String... peer) {
    return new PeerCase(source, terms, List.of(), parse(settings), text, List.of(peer), List.of(peer), "");
  }

  /** The same with allowed phrases. */
  static PeerCase sameAllowing(String source, List<String> terms, List<String> allowed, String text, String... peer) {
    return new PeerCase(source, terms, allowed, MatchSettings.none(), text, List.of(peer), List.of(peer), "");
  }

  /** A case GovSite answers differently on purpose. */
  static PeerCase differs(String source, List<String> terms, String settings, String text, List<String> peer,
      List<String> ours, String why) {
    return new PeerCase(source, terms, List.of(), parse(settings), text, peer, ours, why);
  }

  boolean matchesPeer() {
    return why.isEmpty();
  }

  /** Settings written as a dictionary header writes them: {@code "noise=off noise-gap=5"}. */
  static MatchSettings parse(String settings) {
    MatchSettings m = MatchSettings.none();
    for (String kv : settings.trim().split("\\s+")) {
      if (!kv.isEmpty()) {
        String[] p = kv.split("=", 2);
        m = m.with(p[0], p[1]);
      }
    }
    return m;
  }

  Screener screener() {
    Dictionary.Builder b = Dictionary.builder();
    terms.forEach(t -> b.add(t, Category.CUSTOM, Severity.REVIEW));
    allowed.forEach(b::addAllowed);
    return Screener.builder().dictionary(b.build()).personalData(java.util.Set.of()).settings(settings).build();
  }

  /**
   * The spans found, in order of start: every match for ToolGood.Words (its FindAll reports
   * overlapping matches), the longest for sensitive-word (its findAll skips past a match).
   */
  List<String> found() {
    List<int[]> spans = new ArrayList<>();
    screener().scan(text, (term, start, end) -> spans.add(new int[] {start, end}));
    spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
    List<String> out = new ArrayList<>();
    List<int[]> kept = new ArrayList<>();
    for (int[] s : spans) {
      boolean all = source.startsWith("toolgood/");
      boolean inside = kept.stream().anyMatch(k -> all ? k[0] == s[0] && k[1] == s[1] : k[0] <= s[0] && s[1] <= k[1]);
      if (!inside) {
        kept.add(s);
        out.add(text.substring(s[0], s[1]));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return source + " «" + text + "»";
  }
}
