package org.govsite.core.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * The rules for bytes at the edge of every GovSite web interface (接口输入的编码规则), the same for
 * the REST API and for a host's HTML pages:
 *
 * <ul>
 *   <li>A query string must be well-formed percent-encoding of UTF-8 ({@link #checkQuery}): a stray
 *       {@code %}, {@code %zz} or {@code %FF} is bad input naming the parameter (400), never decoded
 *       into a replacement character and searched for.
 *   <li>A JSON body may start with a UTF-8 byte order mark: it is removed before parsing, by every
 *       endpoint alike ({@link #withoutByteOrderMark}). RFC 8259 §8.1 lets a parser ignore it, and
 *       a body saved by a Windows editor should not fail; it is never part of a stored value.
 * </ul>
 *
 * <p>{@link ErrorMappingFeature} registers both for every resource; a servlet answering pages calls
 * {@link #checkQuery} itself.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class EdgeInput {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private EdgeInput() {}

  /**
   * Checks a raw (still encoded) query string; throws {@link InvalidInputException} naming the
   * parameter whose name or value is not well-formed percent-encoded UTF-8 ({@code query} when the
   * name itself cannot be read).
   */
  public static void checkQuery(@Nullable String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      @Nullable String name = decode(rawName);
      if (name == null) {
        throw malformed("query", rawName);
      }
      if (eq >= 0 && decode(pair.substring(eq + 1)) == null) {
        throw malformed(name, pair.substring(eq + 1));
      }
    }
  }

  /** Returns the stream without a leading UTF-8 byte order mark (the same stream content otherwise). */
  public static InputStream withoutByteOrderMark(InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, BOM.length);
    byte[] head = p.readNBytes(BOM.length);
    boolean bom = head.length == BOM.length && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
    if (!bom && head.length > 0) {
      p.unread(head);
    }
    return p;
  }

  private static InvalidInputException malformed(String field, String raw) {
    String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
    return new InvalidInputException(field, "参数编码有误（须为 UTF-8 百分号编码）/ malformed percent-encoding (must be UTF-8): '"
        + shown + "'");
  }

  /** Decodes percent-encoding and '+' as UTF-8, or returns null when it is malformed. */
  private static @Nullable String decode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return null;
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        byte[] b = String.valueOf(c == '+' ? ' ' : c).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Checks every request's query string before matching (registered by {@link ErrorMappingFeature}). */
  @PreMatching
  static final class QueryFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      checkQuery(request.getUriInfo().getRequestUri().getRawQuery());
    }
  }

  /** Removes a byte order mark from every JSON body (registered by {@link ErrorMappingFeature}). */
  static final class ByteOrderMarkInterceptor implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
      MediaType type = context.getMediaType();
      if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
        context.setInputStream(withoutByteOrderMark(context.getInputStream()));
      }
      return context.proceed();
    }
  }
}
