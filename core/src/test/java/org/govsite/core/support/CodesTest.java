package org.govsite.core.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class CodesTest {
  enum Mode {
    ON_REQUEST("依申请公开"),
    PROACTIVE("主动公开");

    final String label;

    Mode(String label) {
      this.label = label;
    }
  }

  @Test
  void byNameTrimsIgnoresCaseAndTriesEveryName() {
    assertEquals(Mode.ON_REQUEST, Codes.byName(Mode.values(), " On-Request ", "mode", "未知 / unknown mode", Codes::kebab, m -> m.label));
    assertEquals(Mode.PROACTIVE, Codes.byName(Mode.values(), "主动公开", "mode", "未知 / unknown mode", Codes::kebab, m -> m.label));
  }

  @Test
  void anUnknownCodeNamesTheFieldAndListsTheCodesAccepted() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Codes.byName(Mode.values(), "on_request", "mode", "未知的公开方式 / unknown mode", Codes::kebab));
    assertEquals("mode", e.field());
    assertEquals("未知的公开方式 / unknown mode 'on_request', expected one of [on-request, proactive]", e.reason());
    assertEquals("mode", assertThrows(InvalidInputException.class,
        () -> Codes.byName(Mode.values(), null, "mode", "未知 / unknown", Codes::kebab)).field());
  }

  @Test
  void findIsTheSameLookupWithoutTheError() {
    assertEquals(Optional.of(Mode.PROACTIVE), Codes.find(Mode.values(), "PROACTIVE\n", Codes::kebab));
    assertEquals(Optional.empty(), Codes.find(Mode.values(), "public", Codes::kebab));
    assertEquals(Optional.empty(), Codes.find(Mode.values(), null, Codes::kebab));
  }
}
