package org.govsite.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.govsite.core.screening.Screener;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** What passes the filter reaches the resource intact; what is blocked does not reach it, on each way round the screening. */
class BodyScreeningFilterTest {
  private final AtomicInteger blocks = new AtomicInteger();
  private final BodyScreeningFilter filter = new BodyScreeningFilter(Screener.builder().build(), 1024, blocks::incrementAndGet);

  /** The request the chain (the resource) saw: its body as text and its {@code subject} parameter, or null when the chain never ran. */
  private record Seen(String body, String subject, String encoding) {}

  private Seen run(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
    AtomicReference<Seen> seen = new AtomicReference<>();
    filter.doFilter(request, response, (req, res) -> {
      HttpServletRequest h = (HttpServletRequest) req;
      String body = new String(h.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      seen.set(new Seen(body, String.valueOf(h.getParameter("subject")), h.getCharacterEncoding()));
    });
    return seen.get();
  }

  private static MockHttpServletRequest request(String method, String type, byte[] body) {
    MockHttpServletRequest r = new MockHttpServletRequest(method, "/api/mailbox/letters");
    r.setContentType(type);
    r.setContent(body);
    return r;
  }

  @Test
  void aCleanGbkJsonBodyReachesTheResourceAsTheSameTextInUtf8() throws Exception {
    Charset gbk = Charset.forName("GBK");
    MockHttpServletResponse out = new MockHttpServletResponse();
    Seen seen = run(request("POST", "application/json;charset=GBK", "{\"subject\":\"营业执照办理\"}".getBytes(gbk)), out);
    assertThat(seen).isNotNull();
    assertThat(seen.body()).isEqualTo("{\"subject\":\"营业执照办理\"}");
    assertThat(seen.encoding()).isEqualTo("UTF-8");
  }

  @Test
  void aBlockedGbkJsonBodyNeverReachesTheResource() throws Exception {
    MockHttpServletResponse out = new MockHttpServletResponse();
    assertThat(run(request("POST", "application/json;charset=GBK", "{\"subject\":\"攻府\"}".getBytes(Charset.forName("GBK"))), out)).isNull();
    assertThat(out.getStatus()).isEqualTo(422);
    assertThat(blocks).hasValue(1);
  }

  @Test
  void aCleanPutFormIsStillReadableDownstreamAsParametersAndAsABody() throws Exception {
    String form = "subject=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7";
    MockHttpServletResponse out = new MockHttpServletResponse();
    Seen seen = run(request("PUT", "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8)), out);
    assertThat(seen).isNotNull();
    assertThat(seen.subject()).isEqualTo("营业执照");
    assertThat(seen.body()).isEqualTo(form);
  }

  @Test
  void aBlockedFormIsRefusedOnPutPatchAndDeleteAndAGbkFormToo() throws Exception {
    for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
      MockHttpServletResponse out = new MockHttpServletResponse();
      assertThat(run(request(method, "application/x-www-form-urlencoded", "subject=%E6%94%BB%E5%BA%9C".getBytes(StandardCharsets.UTF_8)), out))
          .as(method).isNull();
      assertThat(out.getStatus()).as(method).isEqualTo(422);
    }
    MockHttpServletResponse raw = new MockHttpServletResponse();
    assertThat(run(request("PATCH", "application/x-www-form-urlencoded", "subject=攻府".getBytes(StandardCharsets.UTF_8)), raw)).isNull();
    assertThat(raw.getStatus()).as("unescaped characters").isEqualTo(422);
    MockHttpServletResponse out = new MockHttpServletResponse();
    assertThat(run(request("PUT", "application/x-www-form-urlencoded;charset=GBK", "subject=%B9%A5%B8%AE".getBytes(StandardCharsets.US_ASCII)), out))
        .isNull();
    assertThat(out.getStatus()).isEqualTo(422);
  }

  @Test
  void multipartAndUnknownCharsetsAreRefusedNotPassedOn() throws Exception {
    MockHttpServletResponse out = new MockHttpServletResponse();
    assertThat(run(request("POST", "multipart/form-data; boundary=b", "--b--".getBytes(StandardCharsets.UTF_8)), out)).isNull();
    assertThat(out.getStatus()).isEqualTo(415);
    out = new MockHttpServletResponse();
    assertThat(run(request("POST", "application/json;charset=x-nope", "{}".getBytes(StandardCharsets.UTF_8)), out)).isNull();
    assertThat(out.getStatus()).isEqualTo(415);
    assertThat(out.getContentAsString(StandardCharsets.UTF_8)).contains("UNSUPPORTED_MEDIA_TYPE");
  }
}
