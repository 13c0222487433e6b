package org.govsite.core.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class EdgeInputTest {
  @Test
  void aMalformedQueryNamesItsParameter() {
    for (String raw : new String[] {"q=%FF", "q=%E4%B8", "q=%zz", "q=abc%", "page=1&q=%C3%28"}) {
      assertEquals("q", assertThrows(InvalidInputException.class, () -> EdgeInput.checkQuery(raw), raw).field());
    }
    assertEquals("query", assertThrows(InvalidInputException.class, () -> EdgeInput.checkQuery("%FF=1")).field());
    EdgeInput.checkQuery("q=%E4%BD%8F%E6%88%BF+%E5%85%AC%E7%A7%AF%E9%87%91&kind=letter&flag&=x");
    EdgeInput.checkQuery(null);
    EdgeInput.checkQuery("");
  }

  @Test
  void aLeadingByteOrderMarkIsRemovedAndNothingElse() throws Exception {
    byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertArrayEquals(json, EdgeInput.withoutByteOrderMark(new ByteArrayInputStream(withBom)).readAllBytes());
    assertArrayEquals(json, EdgeInput.withoutByteOrderMark(new ByteArrayInputStream(json)).readAllBytes());
    assertArrayEquals(new byte[] {'{'}, EdgeInput.withoutByteOrderMark(new ByteArrayInputStream(new byte[] {'{'})).readAllBytes());
    assertArrayEquals(new byte[0], EdgeInput.withoutByteOrderMark(new ByteArrayInputStream(new byte[0])).readAllBytes());
  }
}
