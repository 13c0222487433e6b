package org.govsite.compliance.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** Text of an element with a space between its text nodes, read in one walk of the tree. */
@API(status = INTERNAL, since = "0.1")
public final class PageTexts {
  private PageTexts() {}

  /**
   * Returns the text with a space after each text node: {@code <a>信息0</a><span>2026-08-01</span>}
   * must not read as {@code 02026}. A plain tree walk: {@code selectXpath} would first copy the
   * page into a W3C DOM, which cost a third of an audit's time.
   */
  public static String spaced(Element e) {
    StringBuilder b = new StringBuilder();
    appendSpaced(e, b);
    return b.toString();
  }

  /** Appends the spaced text of {@code e} to {@code b}. */
  public static void appendSpaced(Element e, StringBuilder b) {
    NodeTraversor.traverse((Node node, int depth) -> {
      if (node instanceof TextNode t) {
        b.append(t.text()).append(' ');
      }
    }, e);
  }
}
