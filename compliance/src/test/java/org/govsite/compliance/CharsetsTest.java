package org.govsite.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.govsite.compliance.internal.Charsets;
import org.junit.jupiter.api.Test;

class CharsetsTest {
  private static final String TEXT = "中华人民共和国政府网站";

  @Test
  void headerMetaAndSniffing() {
    byte[] gbk = ("<p>" + TEXT + "</p>").getBytes(Charset.forName("GBK"));
    assertEquals("<p>" + TEXT + "</p>", Charsets.decode("text/html; charset=GBK", gbk));
    assertEquals("<p>" + TEXT + "</p>", Charsets.decode("", gbk), "undeclared and not UTF-8: GB18030");
    byte[] meta = ("<meta charset=\"gb2312\"><p>" + TEXT).getBytes(Charset.forName("GB18030"));
    assertEquals(Charsets.GB18030, Charsets.detect("text/html", meta));
    byte[] gb18030 = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\">𠀀" + TEXT).getBytes(Charsets.GB18030);
    assertEquals("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GB18030\">𠀀" + TEXT, Charsets.decode("", gb18030));
    assertEquals(StandardCharsets.UTF_8, Charsets.detect("text/html", TEXT.getBytes(StandardCharsets.UTF_8)));
  }
}
