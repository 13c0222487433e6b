package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The crawler's shortcut for root-relative links gives what jsoup's absUrl and normalize give. */
class CrawlerLinksProperties {
  @Property
  void theShortcutEqualsAbsUrlThenNormalize(@ForAll("hrefs") String href, @ForAll("bases") String base) {
    Document doc = Jsoup.parse("<html><body><a href=\"" + href.replace("\"", "&quot;") + "\">x</a><img src=\""
        + href.replace("\"", "&quot;") + "\"></body></html>", base);
    Set<String> expected = new LinkedHashSet<>();
    for (Element e : doc.select("a[href], img[src]")) {
      Crawler.normalize(e.absUrl(e.hasAttr("href") ? "href" : "src")).ifPresent(expected::add);
    }
    assertEquals(expected, Crawler.links(doc));
  }

  @Provide
  Arbitrary<String> hrefs() {
    return Arbitraries.strings().withChars("/abc.?=&%#:;-_~!$'()*+,@中 x").ofMaxLength(20).map(s -> "/" + s);
  }

  @Provide
  Arbitrary<String> bases() {
    return Arbitraries.of("http://127.0.0.1:8080/a/b.html", "https://www.example.gov.cn/", "http://www.example.gov.cn/x?y=1",
        "http://www.example.gov.cn");
  }
}
