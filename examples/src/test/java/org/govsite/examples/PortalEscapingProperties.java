package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Whatever a resident types comes back as text, never as markup. */
class PortalEscapingProperties {
  static Path data;
  static Portal portal;
  static PortalHttp http;

  @BeforeContainer
  static void start() throws IOException {
    data = Files.createTempDirectory("portal-escaping");
    portal = Portal.start(PortalConfig.defaults().withPort(0).withDataDir(data));
    http = new PortalHttp(portal.port());
  }

  @AfterContainer
  static void stop() {
    portal.close();
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.strings().withChars("<>&\"'/= ascriptimgonerror中文").ofMinLength(1).ofMaxLength(40)
        .filter(s -> !s.isBlank());
  }

  @Property(tries = 60)
  void aSearchQueryIsEchoedAsTextOnly(@ForAll("hostile") String q) throws Exception {
    HttpResponse<String> r = http.get("/search?q=" + PortalHttp.enc(q));
    assertEquals(200, r.statusCode());
    Document page = Jsoup.parse(r.body());
    assertEquals(q.strip(), page.selectFirst("input#q").attr("value"));
    assertTrue(page.select("script, img, [onerror]").isEmpty(), r.body());
  }

  @Property(tries = 30)
  void aRejectedLetterKeepsWhatWasTypedAsText(@ForAll("hostile") String subject) throws Exception {
    // An invalid phone number sends the form back with the resident's input in it.
    HttpResponse<String> r = http.post("/xinxiang", Map.of("type", "consultation", "subject", subject,
        "body", "内容", "name", "某人", "phone", "1"));
    assertEquals(400, r.statusCode());
    Document page = Jsoup.parse(r.body());
    assertEquals(subject, page.selectFirst("input#subject").attr("value"), "exactly as typed");
    assertTrue(page.select("script, img, [onerror]").isEmpty(), r.body());
  }
}
