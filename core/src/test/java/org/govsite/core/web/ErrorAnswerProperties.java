package org.govsite.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ws.rs.core.Response;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.govsite.core.CoreErrorCode;
import org.govsite.core.GovSiteException;

/** Invariants of the one mapper over every core code and any message. */
class ErrorAnswerProperties {
  // The mapper logs every server fault it answers; here they are expected, so keep the output quiet.
  private static final java.util.logging.Logger QUIET = quiet();

  static java.util.logging.Logger quiet() {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger(ErrorMapper.class.getName());
    l.setLevel(java.util.logging.Level.OFF);
    return l;
  }

  private final ErrorMapper mapper = new ErrorMapper();

  @Property
  void theStatusIsTheCategorysAndAServerFaultNeverShowsItsMessage(@ForAll CoreErrorCode code,
      @ForAll @StringLength(min = 1, max = 60) String detail) {
    String message = "detail:" + detail;
    Response r = mapper.toResponse(new GovSiteException(code, message));
    ErrorBody b = (ErrorBody) r.getEntity();
    assertEquals(code.category().httpStatus(), r.getStatus());
    assertEquals(code.name(), b.code());
    if (r.getStatus() >= 500) {
      assertFalse(b.message().contains(message));
      assertEquals(code.category().description(), b.message());
    } else {
      assertEquals(message, b.message());
    }
  }
}
