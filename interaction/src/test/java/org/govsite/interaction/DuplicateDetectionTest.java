package org.govsite.interaction;

import static org.govsite.interaction.Fixtures.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateDetectionTest {
  private static Submission from(String phone, String subject, String body) {
    return new Submission("县长信箱", "complaint", subject, body, "赵六", phone, "", "", "", "web", false);
  }

  @Test
  void aResubmissionIsFlaggedNotRejected() {
    Mailbox m = Mailbox.builder().build();
    Letter first = m.submit(from("13800001111", "小区噪音扰民", "我住的小区旁边工地夜间施工，噪音很大，严重影响休息，请有关部门处理。"), t("2025-10-09T09:00:00"));
    Letter again = m.submit(from("13800001111", "小区噪音扰民！", "我住的小区旁边工地夜间施工噪音很大，严重影响休息，请有关部门尽快处理。"), t("2025-10-12T09:00:00"));
    assertEquals(1, again.duplicates().size());
    assertEquals(first.id(), again.duplicates().get(0).letterId());
    assertTrue(again.duplicates().get(0).similarity() > 0.8);
    assertEquals(LetterState.RECEIVED, again.state(), "flagged, not rejected");
    assertEquals(2, m.store().all().size());
  }

  @Test
  void differentTextsOrDifferentWritersAreNotFlagged() {
    Mailbox m = Mailbox.builder().build();
    m.submit(from("13800001111", "小区噪音扰民", "工地夜间施工，噪音很大，请处理。"), t("2025-10-09T09:00:00"));
    Letter other = m.submit(from("13800001111", "公交线路建议", "建议增开通往新区的公交线路，方便上班族出行。"), t("2025-10-10T09:00:00"));
    assertEquals(List.of(), other.duplicates());
    Letter neighbour = m.submit(from("13900002222", "小区噪音扰民", "工地夜间施工，噪音很大，请处理。"), t("2025-10-10T09:00:00"));
    assertEquals(List.of(), neighbour.duplicates(), "another writer");
  }

  @Test
  void oldLettersOutsideTheWindowAreNotCompared() {
    Mailbox m = Mailbox.builder().duplicateWindowDays(30).build();
    m.submit(from("13800001111", "小区噪音扰民", "工地夜间施工，噪音很大，请处理。"), t("2025-08-01T09:00:00"));
    Letter later = m.submit(from("13800001111", "小区噪音扰民", "工地夜间施工，噪音很大，请处理。"), t("2025-10-10T09:00:00"));
    assertEquals(List.of(), later.duplicates());
  }
}
