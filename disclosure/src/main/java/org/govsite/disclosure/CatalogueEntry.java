package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.identifiers.DocumentNumber;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the 政府信息公开目录 (目录条目) with the fields gov.cn and local sites show (RULES §2):
 * 索引号, 标题, 发文机关, 成文日期, 发布日期, 发文字号, 主题分类, 体裁分类, 主题词, 公开方式, 公开范围,
 * 有效性, 内容概述 and 附件.
 *
 * <p>Immutable. The Bean Validation annotations let a container check input; {@link Builder#build()}
 * applies the same limits and the domain checks (dates in order, a well-formed 发文字号), so an
 * entry is valid however it was made.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CatalogueEntry {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 300;
  /** The longest content summary accepted. */
  public static final int MAX_SUMMARY = 2000;
  /** The longest organ name accepted. */
  public static final int MAX_ORGAN = 100;
  /** The longest 索引号 accepted. */
  public static final int MAX_INDEX_NUMBER = 64;

  @NotBlank @Size(max = MAX_INDEX_NUMBER) private final String indexNumber;
  @NotBlank @Size(max = MAX_TITLE) private final String title;
  @NotBlank @Size(max = MAX_ORGAN) private final String issuingOrgan;
  @Size(max = MAX_ORGAN) private final @Nullable String publishingOrgan;
  @NotNull private final LocalDate writtenDate;
  @NotNull private final LocalDate publishedDate;
  private final @Nullable LocalDate changedDate;
  private final @Nullable DocumentNumber documentNumber;
  @NotNull private final List<@Valid @NotNull Classification> classifications;
  @Size(max = 50) private final @Nullable String genre;
  @NotNull private final List<@NotBlank @Size(max = 50) String> keywords;
  @NotNull private final DisclosureMode mode;
  @NotBlank @Size(max = 100) private final String scope;
  @NotNull private final Validity validity;
  private final @Nullable LocalDate validityChangedOn;
  @NotNull @Size(max = MAX_SUMMARY) private final String summary;
  @NotNull private final List<@Valid @NotNull Attachment> attachments;
  private final @Nullable ProactiveCategory category;

  private CatalogueEntry(Builder b) {
    indexNumber = Checks.notNull(b.indexNumber, "indexNumber");
    title = Checks.notNull(b.title, "title");
    issuingOrgan = Checks.notNull(b.issuingOrgan, "issuingOrgan");
    publishingOrgan = b.publishingOrgan;
    writtenDate = Checks.notNull(b.writtenDate, "writtenDate");
    publishedDate = Checks.notNull(b.publishedDate, "publishedDate");
    changedDate = b.changedDate;
    documentNumber = b.documentNumber;
    classifications = List.copyOf(new LinkedHashSet<>(b.classifications));
    genre = b.genre;
    keywords = List.copyOf(new LinkedHashSet<>(b.keywords));
    mode = b.mode;
    scope = b.scope;
    validity = b.validity;
    validityChangedOn = b.validityChangedOn;
    summary = b.summary;
    attachments = List.copyOf(b.attachments);
    category = b.category;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this entry's values, to derive a changed entry. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.indexNumber = indexNumber;
    b.title = title;
    b.issuingOrgan = issuingOrgan;
    b.publishingOrgan = publishingOrgan;
    b.writtenDate = writtenDate;
    b.publishedDate = publishedDate;
    b.changedDate = changedDate;
    b.documentNumber = documentNumber;
    b.classifications.addAll(classifications);
    b.genre = genre;
    b.keywords.addAll(keywords);
    b.mode = mode;
    b.scope = scope;
    b.validity = validity;
    b.validityChangedOn = validityChangedOn;
    b.summary = summary;
    b.attachments.addAll(attachments);
    b.category = category;
    return b;
  }

  /** Returns the 索引号. */
  public String indexNumber() {
    return indexNumber;
  }

  /** Returns the 标题. */
  public String title() {
    return title;
  }

  /** Returns the 发文机关. */
  public String issuingOrgan() {
    return issuingOrgan;
  }

  /** Returns the 发布机构 when it differs from the issuing organ. */
  public Optional<String> publishingOrgan() {
    return Optional.ofNullable(publishingOrgan);
  }

  /** Returns the 成文日期. */
  public LocalDate writtenDate() {
    return writtenDate;
  }

  /** Returns the 发布日期. */
  public LocalDate publishedDate() {
    return publishedDate;
  }

  /** Returns the 变更日期: when the information last changed, if it did (Art. 26). */
  public Optional<LocalDate> changedDate() {
    return Optional.ofNullable(changedDate);
  }

  /** Returns the 发文字号, if the item has one. */
  public Optional<DocumentNumber> documentNumber() {
    return Optional.ofNullable(documentNumber);
  }

  /** Returns the 主题分类 (several allowed, in one or more trees). */
  public List<Classification> classifications() {
    return classifications;
  }

  /** Returns the 体裁分类, e.g. 通知, 规章, 规范性文件. */
  public Optional<String> genre() {
    return Optional.ofNullable(genre);
  }

  /** Returns the 主题词. */
  public List<String> keywords() {
    return keywords;
  }

  /** Returns the 公开方式. */
  public DisclosureMode mode() {
    return mode;
  }

  /** Returns the 公开范围, e.g. 面向社会. */
  public String scope() {
    return scope;
  }

  /** Returns the 有效性. */
  public Validity validity() {
    return validity;
  }

  /** Returns the day the entry became 失效 or 废止, when it did and the day is known. */
  public Optional<LocalDate> validityChangedOn() {
    return Optional.ofNullable(validityChangedOn);
  }

  /** Returns the 内容概述 (empty when none). */
  public String summary() {
    return summary;
  }

  /** Returns the 附件. */
  public List<Attachment> attachments() {
    return attachments;
  }

  /** Returns the Art. 20 category of a proactive entry, when assigned. */
  public Optional<ProactiveCategory> category() {
    return Optional.ofNullable(category);
  }

  /** Returns true when the entry is in force on {@code day}: published by then and not lapsed or repealed. */
  public boolean currentOn(LocalDate day) {
    if (publishedDate.isAfter(day)) {
      return false;
    }
    return validity == Validity.VALID || (validityChangedOn != null && validityChangedOn.isAfter(day));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CatalogueEntry e && List.of(indexNumber, title, issuingOrgan, writtenDate, publishedDate, classifications,
        keywords, mode, scope, validity, summary, attachments).equals(List.of(e.indexNumber, e.title, e.issuingOrgan,
        e.writtenDate, e.publishedDate, e.classifications, e.keywords, e.mode, e.scope, e.validity, e.summary, e.attachments))
        && Objects.equals(publishingOrgan, e.publishingOrgan) && Objects.equals(changedDate, e.changedDate)
        && Objects.equals(documentNumber, e.documentNumber) && Objects.equals(genre, e.genre)
        && Objects.equals(validityChangedOn, e.validityChangedOn) && Objects.equals(category, e.category);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indexNumber, title, publishedDate);
  }

  @Override
  public String toString() {
    return "CatalogueEntry[" + indexNumber + ", " + title + ", " + issuingOrgan + ", " + writtenDate + ", "
        + publishedDate + ", " + changedDate + ", " + documentNumber + ", " + classifications + ", " + genre + ", "
        + keywords + ", " + mode + ", " + scope + ", " + validity + ", " + validityChangedOn + ", " + summary.length()
        + " chars, " + attachments + ", " + category + "]";
  }

  /** Builds a catalogue entry (目录条目), checking each field as it is given and their combination in {@link #build()}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable String indexNumber;
    private @Nullable String title;
    private @Nullable String issuingOrgan;
    private @Nullable String publishingOrgan;
    private @Nullable LocalDate writtenDate;
    private @Nullable LocalDate publishedDate;
    private @Nullable LocalDate changedDate;
    private @Nullable DocumentNumber documentNumber;
    private final List<Classification> classifications = new ArrayList<>();
    private @Nullable String genre;
    private final List<String> keywords = new ArrayList<>();
    private DisclosureMode mode = DisclosureMode.PROACTIVE;
    private String scope = "面向社会";
    private Validity validity = Validity.VALID;
    private @Nullable LocalDate validityChangedOn;
    private String summary = "";
    private final List<Attachment> attachments = new ArrayList<>();
    private @Nullable ProactiveCategory category;

    private Builder() {}

    private static String text(String v, String field, int max) {
      Checks.argument(v != null && !v.isBlank(), field, "不能为空", "must not be blank");
      String s = v.strip();
      Checks.argument(s.length() <= max, field, "不能超过" + max + "字", "must be at most " + max + " characters: " + s.length());
      return s;
    }

    /** Sets the 索引号 (required). */
    public Builder indexNumber(String v) {
      indexNumber = text(v, "indexNumber", MAX_INDEX_NUMBER);
      Checks.argument(indexNumber.codePoints().noneMatch(Character::isWhitespace), "indexNumber", "索引号不能含空白", "must not contain spaces");
      return this;
    }

    /** Sets the 标题 (required). */
    public Builder title(String v) {
      title = text(v, "title", MAX_TITLE);
      return this;
    }

    /** Sets the 发文机关 (required). */
    public Builder issuingOrgan(String v) {
      issuingOrgan = text(v, "issuingOrgan", MAX_ORGAN);
      return this;
    }

    /** Sets the 发布机构. */
    public Builder publishingOrgan(String v) {
      publishingOrgan = text(v, "publishingOrgan", MAX_ORGAN);
      return this;
    }

    /** Sets the 成文日期 (required). */
    public Builder writtenDate(LocalDate v) {
      writtenDate = Checks.notNull(v, "writtenDate");
      return this;
    }

    /** Sets the 发布日期 (required). */
    public Builder publishedDate(LocalDate v) {
      publishedDate = Checks.notNull(v, "publishedDate");
      return this;
    }

    /** Sets the 变更日期, the day the information changed (Art. 26 counts from it). */
    public Builder changedDate(LocalDate v) {
      changedDate = Checks.notNull(v, "changedDate");
      return this;
    }

    /** Sets the 发文字号, which must be in the GB/T 9704-2012 form. */
    public Builder documentNumber(String v) {
      Checks.notNull(v, "documentNumber");
      DocumentNumber.Check c = DocumentNumber.check(v);
      if (!c.valid()) {
        throw new InvalidInputException("documentNumber", "发文字号不规范 / not in the GB/T 9704-2012 form: '" + v + "'"
            + c.corrected().map(x -> ", expected " + x).orElse("") + (c.faults().isEmpty() ? "" : " " + c.faults().stream().map(DocumentNumber.Fault::code).toList()));
      }
      documentNumber = c.number().orElseThrow();
      return this;
    }

    /** Adds a 主题分类. */
    public Builder classification(Classification v) {
      classifications.add(Checks.notNull(v, "classifications"));
      return this;
    }

    /** Sets the 体裁分类. */
    public Builder genre(String v) {
      genre = text(v, "genre", 50);
      return this;
    }

    /** Adds 主题词. */
    public Builder keywords(String... words) {
      for (String w : words) {
        keywords.add(text(w, "keywords", 50));
      }
      return this;
    }

    /** Sets the 公开方式 (default 主动公开). */
    public Builder mode(DisclosureMode v) {
      mode = Checks.notNull(v, "mode");
      return this;
    }

    /** Sets the 公开范围 (default 面向社会). */
    public Builder scope(String v) {
      scope = text(v, "scope", 100);
      return this;
    }

    /** Sets the 有效性 (default 有效). */
    public Builder validity(Validity v) {
      validity = Checks.notNull(v, "validity");
      return this;
    }

    /** Sets the 有效性 together with the day it changed to 失效 or 废止. */
    public Builder validity(Validity v, LocalDate since) {
      validity = Checks.notNull(v, "validity");
      validityChangedOn = Checks.notNull(since, "validityChangedOn");
      return this;
    }

    /** Sets the 内容概述. */
    public Builder summary(String v) {
      Checks.notNull(v, "summary");
      Checks.argument(v.length() <= MAX_SUMMARY, "summary", "内容概述不能超过" + MAX_SUMMARY + "字", "must be at most " + MAX_SUMMARY + " characters");
      summary = v.strip();
      return this;
    }

    /** Adds an 附件. */
    public Builder attachment(Attachment v) {
      attachments.add(Checks.notNull(v, "attachments"));
      return this;
    }

    /** Sets the Art. 20 category of a proactive item. */
    public Builder category(ProactiveCategory v) {
      category = Checks.notNull(v, "category");
      return this;
    }

    /** Returns the entry after checking required fields and their combination. */
    public CatalogueEntry build() {
      Checks.notNull(indexNumber, "indexNumber");
      Checks.notNull(title, "title");
      Checks.notNull(issuingOrgan, "issuingOrgan");
      Checks.notNull(writtenDate, "writtenDate");
      Checks.notNull(publishedDate, "publishedDate");
      Checks.argument(!publishedDate.isBefore(writtenDate), "publishedDate", "发布日期不能早于成文日期",
          "the publication date " + publishedDate + " is before the written date " + writtenDate);
      Checks.argument(changedDate == null || !changedDate.isBefore(writtenDate), "changedDate", "变更日期不能早于成文日期",
          "the change date " + changedDate + " is before the written date " + writtenDate);
      Checks.argument(validityChangedOn == null || validity != Validity.VALID, "validityChangedOn", "有效的条目没有失效/废止日期",
          "only an expired or repealed entry has a validity change date");
      Checks.argument(validityChangedOn == null || !validityChangedOn.isBefore(writtenDate), "validityChangedOn",
          "失效/废止日期不能早于成文日期", "the validity change date is before the written date");
      Checks.argument(category == null || mode == DisclosureMode.PROACTIVE, "category", "第20条类别只适用于主动公开条目",
          "an Art. 20 category applies only to proactive entries");
      Checks.argument(documentNumber == null || documentNumber.year() <= writtenDate.getYear(), "documentNumber",
          "发文字号年份晚于成文日期", "the document number's year " + (documentNumber == null ? 0 : documentNumber.year()) + " is after the written date");
      return new CatalogueEntry(this);
    }
  }
}
