package org.govsite.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import org.govsite.core.FieldError;
import org.govsite.core.InvalidInputException;
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
  void beanValidationAnnotationsStateTheSameDefaults() throws Exception {
    RecordComponent[] c = Submission.class.getRecordComponents();
    assertEquals("subject", c[2].getName());
    var subject = Submission.class.getDeclaredField("subject");
    assertEquals(SubmissionRules.DEFAULT_MAX_SUBJECT_LENGTH, subject.getAnnotation(Size.class).max());
    assertTrue(subject.isAnnotationPresent(NotBlank.class));
    assertEquals(SubmissionRules.DEFAULT_MAX_BODY_LENGTH, Submission.class.getDeclaredField("body").getAnnotation(Size.class).max());
    String types = Submission.class.getDeclaredField("type").getAnnotation(Pattern.class).regexp();
    for (LetterType t : LetterType.values()) {
      assertTrue(t.code().matches(types) && t.chinese().matches(types), t.code());
    }
    assertTrue("13812345678".matches(Submission.class.getDeclaredField("phone").getAnnotation(Pattern.class).regexp()));
    assertTrue(Submission.class.getDeclaredField("mailbox").isAnnotationPresent(NotBlank.class));
  }
}
