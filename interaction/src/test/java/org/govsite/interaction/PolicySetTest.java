package org.govsite.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import org.junit.jupiter.api.Test;

class PolicySetTest {
  private static PolicySet parse(String json) {
    return PolicySet.fromJson("policy.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void lookupGoesFromMostToLeastSpecific() {
    PolicySet p = parse("""
        {"default": {"preset": "3/10"},
         "policies": [
           {"mailbox": "12345热线", "preset": "12345"},
           {"type": "complaint", "name": "投诉", "replyWorkingDays": 7, "extendedWorkingDays": 20},
           {"mailbox": "县长信箱", "type": "consultation", "name": "县长咨询", "replyWorkingDays": 2, "extendedWorkingDays": 5,
            "alarms": [{"level": "warning", "offset": -1}, {"level": "red-card", "offset": 1}]}]}
        """);
    assertEquals("县长咨询", p.policyFor("县长信箱", LetterType.CONSULTATION).name());
    assertEquals(List.of(new AlarmStep(AlarmLevel.WARNING, -1), new AlarmStep(AlarmLevel.RED_CARD, 1)),
        p.policyFor("县长信箱", LetterType.CONSULTATION).alarms());
    assertEquals("12345-3-13", p.policyFor("12345热线", LetterType.COMPLAINT).name(), "mailbox rule beats type rule");
    assertEquals("投诉", p.policyFor("县长信箱", LetterType.COMPLAINT).name());
    assertEquals(7, p.policyFor("县长信箱", LetterType.COMPLAINT).replyWorkingDays());
    assertEquals(3, p.policyFor("书记信箱", LetterType.HELP).replyWorkingDays());
    assertEquals(10, p.policyFor("书记信箱", LetterType.HELP).extendedWorkingDays());
  }

  @Test
  void badPolicyFilesNameTheField() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> parse("{\"policies\": [{\"type\": \"petition\"}]}"));
    assertEquals("policies[0].type", e.field());
    assertTrue(e.getMessage().startsWith("policy.json"));
    e = assertThrows(DataFormatException.class, () -> parse("{\"policies\": [{\"mailbox\": \"x\", \"replyWorkingDays\": \"5\"}]}"));
    assertEquals("policies[0].replyWorkingDays", e.field());
    e = assertThrows(DataFormatException.class, () -> parse("{\"default\": {\"replyWorkingDays\": 20, \"extendedWorkingDays\": 10}}"));
    assertEquals("default.extendedWorkingDays", e.field());
    e = assertThrows(DataFormatException.class, () -> parse("{\"policies\": [{\"mailbox\": \"x\", \"replyWorkingDays\": 0}]}"));
    assertEquals("policies[0].replyWorkingDays", e.field());
    e = assertThrows(DataFormatException.class, () -> parse("{\"policies\": [ {] }"));
    assertTrue(e.line().isPresent());
  }

  @Test
  void builderChecksEachSetting() {
    assertEquals("replyWorkingDays", assertThrows(InvalidInputException.class,
        () -> DeadlinePolicy.builder().replyWorkingDays(0)).field());
    assertEquals("censusUnansweredMonths", assertThrows(InvalidInputException.class,
        () -> MailboxTracker.builder().censusUnansweredMonths(0)).field());
    assertEquals("level", assertThrows(InvalidInputException.class, () -> new AlarmStep(AlarmLevel.NONE, 1)).field());
  }
}
