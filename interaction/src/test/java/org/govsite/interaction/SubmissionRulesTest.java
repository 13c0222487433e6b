package org.govsite.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import org.govsite.core.FieldError;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.MobileNumbers;
import org.govsite.core.identifiers.ResidentIdNumbers;
import org.govsite.core.screening.PersonalDataKind;
import org.govsite.core.screening.PersonalDataMasker;
import org.junit.jupiter.api.Test;

class SubmissionRulesTest {
  static Submission valid() {
    return new Submission("县长信箱", "consultation", "孩子入学咨询", "请问外来务工人员子女如何办理入学？", "李四",
        "13912345678", "", "", "", "web", false);
  }

  @Test
  void aValidSubmissionHasNoErrors() {
    assertEquals(List.of(), SubmissionRules.defaults().validate(valid()));
  }

  @Test
  void everyFaultIsReportedWithItsField() {
    Submission s = new Submission(null, "petition", " ", "x".repeat(10_001), "", "12345", "not-mail", "350102199001011235",
        "", null, false);
    List<FieldError> errors = SubmissionRules.defaults().validate(s);
    assertEquals(List.of("mailbox", "type", "subject", "body", "phone", "email", "idNumber"),
        errors.stream().map(FieldError::field).toList());
    assertTrue(errors.get(3).message().contains("10000"));
    SubmissionException e = assertThrows(SubmissionException.class, () -> SubmissionRules.defaults().check(s));
    assertEquals(errors, e.errors());
    assertEquals("mailbox", e.field());
    assertEquals(MailboxErrorCode.INVALID_SUBMISSION, e.code());
  }

  @Test
  void limitsAreConfigurableAndCountCharactersNotBytes() {
    Submission s = new Submission("县长信箱", "咨询", "问".repeat(200), "字".repeat(300), "", "", "a@b.cn", "", "", "", false);
    assertEquals(List.of(), SubmissionRules.defaults().validate(s));
    SubmissionRules strict = SubmissionRules.builder().maxSubjectLength(100).maxBodyLength(200).mailboxes(Set.of("县长信箱")).build();
    assertEquals(List.of("subject", "body"), strict.validate(s).stream().map(FieldError::field).toList());
    Submission other = new Submission("书记信箱", "咨询", "问", "字", "", "", "a@b.cn", "", "", "", false);
    assertEquals(List.of("mailbox"), strict.validate(other).stream().map(FieldError::field).toList());
    assertEquals("maxBodyLength", assertThrows(InvalidInputException.class, () -> SubmissionRules.builder().maxBodyLength(0)).field());
  }

  @Test
  void aContactIsRequiredUnlessTheSiteSaysOtherwise() {
    Submission anonymous = new Submission("县长信箱", "suggestion", "建议", "多种树", "", "", "", "", "", "", false);
    assertEquals(List.of("phone"), SubmissionRules.defaults().validate(anonymous).stream().map(FieldError::field).toList());
    assertEquals(List.of(), SubmissionRules.builder().contactRequired(false).build().validate(anonymous));
  }

  @Test
  void validIdNumberAndLandlinePass() {
    Submission s = new Submission("县长信箱", "help", "求助", "内容", "", "0591-87654321", "", "11010519491231002X", "", "", false);
    assertEquals(List.of(), SubmissionRules.defaults().validate(s));
  }

  @Test
  void beanValidationHasNoSecondCopyOfTheLimits() throws Exception {
    assertTrue(Submission.class.isAnnotationPresent(ValidSubmission.class));
    for (RecordComponent c : Submission.class.getRecordComponents()) {
      assertEquals(0, Submission.class.getDeclaredField(c.getName()).getAnnotations().length, c.getName());
      assertEquals(0, c.getAccessor().getAnnotations().length, c.getName());
    }
  }

  @Test
  void mailboxAndChannelFitTheirColumns() {
    Submission v = valid();
    Submission s = new Submission("信".repeat(SubmissionRules.MAX_MAILBOX_LENGTH + 1), v.type(), v.subject(), v.body(), v.name(),
        v.phone(), v.email(), v.idNumber(), v.address(), "c".repeat(SubmissionRules.MAX_CHANNEL_LENGTH + 1), false);
    assertEquals(List.of("mailbox", "channel"), SubmissionRules.defaults().validate(s).stream().map(FieldError::field).toList());
  }

  /** The mailbox accepts exactly the numbers screening reports as personal data: one definition in core. */
  @Test
  void mobileAndIdNumbersAreCheckedAsScreeningChecksThem() {
    String leadingZero = "01010519491231002";
    String before1900 = "65310118860625002";
    String future = "11010530000101002";
    for (String first17 : List.of("11010519491231002", leadingZero, before1900, future)) {
      String id = first17 + ResidentIdNumbers.checkCharacter(first17);
      Submission s = new Submission("县长信箱", "help", "求助", "内容", "", "13912345678", "", id, "", "", false);
      boolean accepted = SubmissionRules.defaults().validate(s).isEmpty();
      boolean screened = PersonalDataMasker.standard().find("号码" + id + "。").stream()
          .anyMatch(f -> f.rule().equals(PersonalDataKind.ID_CARD.rule()));
      assertEquals(ResidentIdNumbers.isValid(id), accepted, id);
      assertEquals(screened, accepted, id);
    }
    for (String phone : List.of("13912345678", "12912345678", "1391234567")) {
      Submission s = new Submission("县长信箱", "help", "求助", "内容", "", phone, "", "", "", "", false);
      assertEquals(MobileNumbers.isValid(phone), SubmissionRules.defaults().validate(s).isEmpty(), phone);
    }
  }
}
