package org.govsite.core.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A request whose body a filter has read (缓存请求体), to screen it, and serves again to the
 * rest of the chain: the input stream, the reader (in the request's character encoding, UTF-8
 * when it names none) and the content length all come from the bytes given. Filters that change
 * more (the encoding, the parameters) extend it.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public class BufferedBodyRequest extends HttpServletRequestWrapper {
  private final int length;
  private final ServletInputStream stream;

  /** Wraps a request, serving {@code body} as its body. */
  public BufferedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.length = Checks.notNull(body, "body").length;
    this.stream = stream(new ByteArrayInputStream(body));
  }

  // One stream for the request's life, as a container gives: a second getInputStream() continues it.
  private static ServletInputStream stream(ByteArrayInputStream in) {
    return new ServletInputStream() {
      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {}

      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }
    };
  }

  @Override
  public ServletInputStream getInputStream() {
    return stream;
  }

  @Override
  public BufferedReader getReader() throws UnsupportedEncodingException {
    String e = getCharacterEncoding();
    return new BufferedReader(new InputStreamReader(stream, e == null ? StandardCharsets.UTF_8.name() : e));
  }

  @Override
  public int getContentLength() {
    return length;
  }

  @Override
  public long getContentLengthLong() {
    return length;
  }
}
