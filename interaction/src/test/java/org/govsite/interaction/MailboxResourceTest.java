package org.govsite.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.govsite.core.web.ErrorBody;
import org.govsite.core.web.ErrorMapper;
import org.junit.jupiter.api.Test;

class MailboxResourceTest {
  private final Mailbox mailbox = Mailbox.builder().build();
  private final MailboxResource resource = new MailboxResource(mailbox,
      Clock.fixed(Instant.parse("2025-09-30T02:00:00Z"), ZoneId.of("Asia/Shanghai")));

  @Test
  void submitAnswers201WithTheReceiptAndStatusNeedsTheQueryCode() {
    Response r = resource.submit(SubmissionRulesTest.valid());
    assertEquals(201, r.getStatus());
    MailboxResource.Receipt receipt = (MailboxResource.Receipt) r.getEntity();
    assertEquals("2025-10-14", receipt.deadline());
    assertEquals("2025-09-30T10:00", receipt.received());
    assertTrue(r.getLocation().toString().endsWith(receipt.id()));
    LetterStatus s = resource.status(receipt.id(), receipt.queryCode(), "");
    assertEquals(s, resource.status(receipt.id(), "", receipt.queryCode()), "or in the " + MailboxResource.QUERY_CODE_HEADER + " header");
    assertEquals("received", s.state());
    assertEquals("已收到", s.stateName());
    assertThrows(LetterNotFoundException.class, () -> resource.status(receipt.id(), "wrong", ""));
    assertThrows(LetterNotFoundException.class, () -> resource.status(receipt.id(), "", ""));
    assertThrows(LetterNotFoundException.class, () -> resource.status("nope", receipt.queryCode(), ""));
  }

  @Test
  void aLetterStoredWithAnOldSixDigitCodeIsStillFoundWithIt() {
    Letter old = Fixtures.received("OLD-1", LetterType.CONSULTATION, "2025-09-29T09:00:00");
    mailbox.store().insert(old);
    assertEquals("123456", old.queryCode());
    assertEquals("OLD-1", resource.status("OLD-1", "123456", "").id());
    assertThrows(LetterNotFoundException.class, () -> resource.status("OLD-1", "123457", ""));
  }

  @Test
  void failuresCarryTypedCodesThatTheOneMapperAnswers() {
    ErrorMapper mapper = new ErrorMapper();
    SubmissionException bad = assertThrows(SubmissionException.class,
        () -> resource.submit(new Submission("", "x", "", "", "", "", "", "", "", "", false)));
    assertEquals(MailboxErrorCode.INVALID_SUBMISSION, bad.code());
    Response r = mapper.toResponse(bad);
    assertEquals(400, r.getStatus());
    ErrorBody body = (ErrorBody) r.getEntity();
    assertEquals("INVALID_SUBMISSION", body.code());
    assertEquals(bad.errors(), body.errors());
    assertEquals(bad.errors().get(0).field(), body.field());
    assertEquals(404, mapper.toResponse(new LetterNotFoundException("x")).getStatus());
    assertEquals("LETTER_NOT_FOUND", ((ErrorBody) mapper.toResponse(new LetterNotFoundException("x")).getEntity()).code());
    assertEquals(409, mapper.toResponse(new ConcurrentUpdateException("x", 1, "")).getStatus());
    assertEquals(409, mapper.toResponse(new IllegalTransitionException("x", LetterState.CLOSED, LetterAction.ACCEPT, "")).getStatus());
    Response down = mapper.toResponse(new StoreException("reading", new java.sql.SQLException("host db7 down")));
    assertEquals(503, down.getStatus());
    assertEquals("STORE", ((ErrorBody) down.getEntity()).code());
    assertFalse(((ErrorBody) down.getEntity()).message().contains("db7"), "a store failure's message names hosts: never shown");
  }

  @Test
  void publishedListAndCheckEndpoints() throws Exception {
    assertEquals(0, resource.published(1, 20).total());
    assertEquals(List.of(), resource.check(SubmissionRulesTest.valid()));
    assertEquals("mailbox", MailboxResource.class.getAnnotation(Path.class).value());
    assertTrue(MailboxResource.class.getMethod("submit", Submission.class).isAnnotationPresent(POST.class));
    assertEquals("letters/{id}", MailboxResource.class.getMethod("status", String.class, String.class, String.class).getAnnotation(Path.class).value());
    assertTrue(MailboxResource.class.getMethod("published", int.class, int.class).isAnnotationPresent(GET.class));
  }
}
