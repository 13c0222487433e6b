package org.govsite.compliance.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Decodes pages: the header's charset, else the meta tag's, else UTF-8 when valid, else GB18030. */
@API(status = INTERNAL, since = "0.1")
public final class Charsets {
  /** GB18030 decodes everything GBK and GB2312 encode, so all three decode with it. */
  public static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF_BYTES = 2048;

  private Charsets() {}

  /** Decodes a body given its Content-Type header (may be empty). */
  public static String decode(String contentType, byte[] body) {
    return new String(body, detect(contentType, body));
  }

  /** Returns the charset of a body. */
  public static Charset detect(String contentType, byte[] body) {
    Optional<Charset> header = named(contentType);
    if (header.isPresent()) {
      return header.get();
    }
    if (body.length >= 3 && (body[0] & 0xff) == 0xef && (body[1] & 0xff) == 0xbb && (body[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    String head = new String(body, 0, Math.min(body.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    int meta = head.toLowerCase(Locale.ROOT).indexOf("<meta");
    while (meta >= 0) {
      int end = head.indexOf('>', meta);
      String tag = head.substring(meta, end < 0 ? head.length() : end);
      Optional<Charset> m = named(tag);
      if (m.isPresent()) {
        return m.get();
      }
      meta = head.toLowerCase(Locale.ROOT).indexOf("<meta", meta + 5);
    }
    return validUtf8(body) ? StandardCharsets.UTF_8 : GB18030;
  }

  private static Optional<Charset> named(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = CHARSET.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.equals("gb18030") || name.equals("cp936")) {
      return Optional.of(GB18030);
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (RuntimeException e) {
      return Optional.empty(); // an unknown label: fall through to sniffing, as browsers do
    }
  }

  private static boolean validUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
