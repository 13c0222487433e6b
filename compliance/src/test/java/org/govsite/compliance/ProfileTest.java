package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProfileTest {
  private static SiteProfile parse(String json) {
    return SiteProfile.fromJson("p.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsColumnsSelectorsAndMailbox() {
    SiteProfile p = parse("{\"site\": {\"name\": \"某县\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"c1\", \"name\": \"工作动态\","
        + " \"kind\": \"news\", \"listUrl\": \"/news/\", \"itemSelector\": \"ul.list li\", \"dateSelector\": \"span\"}],"
        + " \"mailbox\": {\"listUrl\": \"/xx/\"}}");
    assertEquals(ColumnKind.NEWS, p.columns().get(0).kind());
    assertEquals("ul.list li", p.columns().get(0).itemSelector().orElseThrow());
    assertEquals("/xx/", p.mailbox().orElseThrow().listUrl());
  }

  @Test
  void faultsNameTheFileAndField() {
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> parse("{\"site\": {\"name\": \"某县\"}, \"columns\": [{\"id\": \"c1\", \"name\": \"x\", \"kind\": \"blog\", \"listUrl\": \"/\"}]}"));
    assertTrue(e.getMessage().startsWith("p.json field columns[0].kind"), e.getMessage());
    e = assertThrows(DataFormatException.class, () -> parse("{\"site\": {\"name\": \"某县\"}, \"colums\": []}"));
    assertTrue(e.getMessage().contains("colums"));
    e = assertThrows(DataFormatException.class, () -> parse("{\"site\": {\"name\": \"某县\", \"id\": \"12\"}}"));
    assertTrue(e.getMessage().contains("site.id"));
    assertThrows(InvalidInputException.class, () -> AuditOptions.builder().maxPages(0));
    assertThrows(InvalidInputException.class, () -> Auditor.standard().audit(java.net.URI.create("ftp://x/"), SiteProfile.minimal("x"),
        java.time.LocalDate.of(2026, 1, 1)));
  }
}
