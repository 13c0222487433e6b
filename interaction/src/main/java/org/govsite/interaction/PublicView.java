package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.govsite.core.screening.PublicCopyMasker;
import org.govsite.core.support.Checks;

/**
 * Turns published letters into their public form (公开视图): the staff-edited public copy when
 * there is one, the writer's own contact details removed wherever they appear — the name in any
 * spelling with separators between its characters ({@code 王 小 明}, {@code 王·小明} → {@code 王某},
 * {@link PublicCopyMasker#hideNames}) — then the masker applied to every text.
 *
 * <p>The masker is pluggable ({@link Builder#masker}); the default is core's
 * {@link PublicCopyMasker#standard()}, which errs on hiding: checked ID, mobile, bank-card and
 * credit-code numbers and e-mail addresses masked as RULES §4 shows them, every other run of 7 or
 * more digits (landlines with area codes and separators, numbers whose check fails, full-width
 * digits) hidden whole, and names written after 我叫/姓名/本人 cues hidden.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PublicView {
  private final UnaryOperator<String> masker;

  private PublicView(Builder b) {
    this.masker = b.masker;
  }

  /** Returns the view with the default masker. */
  public static PublicView standard() {
    return builder().build();
  }

  /** Returns a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the public form of a letter, or empty when it was not published with the office's decision. */
  public Optional<PublicLetter> of(Letter letter) {
    Checks.notNull(letter, "letter");
    if (!letter.visibleToPublic()) {
      return Optional.empty();
    }
    PublicCopy copy = letter.publicCopy().orElse(new PublicCopy(
        letter.subject().isBlank() ? "（无标题）" : letter.subject(), letter.body(), ""));
    String reply = copy.reply().isBlank() ? letter.reply() : copy.reply();
    LocalDate replied = letter.history().stream().filter(e -> e.action() == LetterAction.REPLY)
        .map(e -> e.at().toLocalDate()).reduce((a, b) -> b).orElse(letter.received().toLocalDate());
    WriterContact c = letter.contact();
    return Optional.of(new PublicLetter(letter.id(), letter.mailbox(), letter.type(), clean(copy.subject(), c),
        clean(copy.body(), c), clean(reply, c), letter.department(), letter.received().toLocalDate(), replied));
  }

  /** Masks a text as the public view does, without knowing the writer. */
  public String mask(String text) {
    return masker.apply(Checks.notNull(text, "text"));
  }

  private String clean(String text, WriterContact c) {
    // The writer's own details go first and whole: the generic masker would leave part of them.
    List<String[]> own = new ArrayList<>();
    own.add(new String[] {c.idNumber(), "[身份证号已隐去]"});
    own.add(new String[] {c.phone(), "[电话已隐去]"});
    own.add(new String[] {c.email(), "[邮箱已隐去]"});
    own.add(new String[] {c.address(), "[地址已隐去]"});
    own.sort(Comparator.comparingInt((String[] p) -> -p[0].length()));
    String s = text;
    for (String[] p : own) {
      if (p[0].codePointCount(0, p[0].length()) >= 2) {
        s = s.replace(p[0], p[1]);
      }
    }
    // The name in any spelling (欧 阳 建 国, 王·小明): surname + 某, a whole code point kept (𠮷某).
    s = PublicCopyMasker.hideNames(s, List.of(c.name()));
    String masked = masker.apply(s);
    return masked == null ? "" : masked;
  }

  /** Builds a public view. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private UnaryOperator<String> masker = text -> PublicCopyMasker.standard().mask(text);

    private Builder() {}

    /** Sets the personal-data masker applied to every public text (e.g. the screening engine's). */
    public Builder masker(UnaryOperator<String> masker) {
      this.masker = Checks.notNull(masker, "masker");
      return this;
    }

    /** Builds the view. */
    public PublicView build() {
      return new PublicView(this);
    }
  }
}
