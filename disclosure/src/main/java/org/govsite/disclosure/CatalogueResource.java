package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.govsite.core.NotFoundException;
import org.govsite.core.support.Checks;
import org.govsite.core.support.Codes;

/**
 * JAX-RS resource for browsing and searching the catalogue (公开目录接口): {@code GET
 * /disclosure/catalogue?topic=&tree=&organ=&year=&genre=&validity=&mode=}, one entry by 索引号, and
 * the Art. 20 coverage. Inputs carry Bean Validation constraints for the container to enforce.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Path("disclosure/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public final class CatalogueResource {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final Catalogue catalogue;

  /** Creates the resource over a catalogue. */
  public CatalogueResource(Catalogue catalogue) {
    this.catalogue = Checks.notNull(catalogue, "catalogue");
  }

  /** Returns the entries matching every parameter given. */
  @GET
  public List<EntryView> search(
      @QueryParam("topic") @Size(max = 50) String topic,
      @QueryParam("tree") @Size(max = 100) String tree,
      @QueryParam("organ") @Size(max = CatalogueEntry.MAX_ORGAN) String organ,
      @QueryParam("year") @Min(1000) @Max(9999) Integer year,
      @QueryParam("genre") @Size(max = 50) String genre,
      @QueryParam("validity") String validity,
      @QueryParam("mode") String mode) {
    CatalogueQuery.Builder q = CatalogueQuery.builder();
    if (present(topic)) {
      q.topic(new Classification(present(tree) ? tree : TopicTree.GOV_CN, topic));
    }
    if (present(organ)) {
      q.organ(organ);
    }
    if (year != null) {
      q.year(year);
    }
    if (present(genre)) {
      q.genre(genre);
    }
    if (present(validity)) {
      q.validity(enumOf(Validity.values(), Validity::label, validity, "validity"));
    }
    if (present(mode)) {
      q.mode(enumOf(DisclosureMode.values(), DisclosureMode::label, mode, "mode"));
    }
    return catalogue.query(q.build()).stream().map(EntryView::of).toList();
  }

  /** Returns one entry by its 索引号. */
  @GET
  @Path("entries/{indexNumber: .+}")
  public EntryView entry(@PathParam("indexNumber") @NotBlank @Size(max = CatalogueEntry.MAX_INDEX_NUMBER) String indexNumber) {
    return catalogue.entry(indexNumber).map(EntryView::of).orElseThrow(() ->
        new NotFoundException(DisclosureErrorCode.ENTRY_NOT_FOUND, "没有该索引号的条目 / no entry with index number " + indexNumber));
  }

  /** Returns the Art. 20 coverage on a day (default: today in China). */
  @GET
  @Path("coverage")
  public CoverageView coverage(@QueryParam("asOf") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}") String asOf) {
    LocalDate day = present(asOf) ? RequestResource.date(asOf, "asOf") : LocalDate.now(CHINA);
    CoverageReport r = catalogue.coverage(day);
    List<CategoryView> cats = r.counts().entrySet().stream()
        .map(e -> new CategoryView(e.getKey().item(), e.getKey().label(), e.getValue())).toList();
    return new CoverageView(day.toString(), cats, r.missing().stream().map(ProactiveCategory::item).toList());
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  /** Codes are kebab case ({@code on-request}); the Chinese label ({@code 依申请公开}) is accepted too. */
  private static <E extends Enum<E>> E enumOf(E[] values, Function<E, String> label, String code, String field) {
    return Codes.byName(values, code, field, "取值无效 / invalid value", Codes::kebab, label);
  }

  /**
   * A catalogue entry as JSON shows it (目录条目视图); absent optional fields are empty strings.
   *
   * @param indexNumber 索引号
   * @param title 标题
   * @param issuingOrgan 发文机关
   * @param publishingOrgan 发布机构
   * @param writtenDate 成文日期
   * @param publishedDate 发布日期
   * @param documentNumber 发文字号
   * @param classifications 主题分类, each {@code {tree, code}}
   * @param genre 体裁分类
   * @param keywords 主题词
   * @param mode 公开方式 code
   * @param scope 公开范围
   * @param validity 有效性 code
   * @param summary 内容概述
   * @param attachments 附件, each {@code {title, url}}
   * @param category Art. 20 item, 0 when none
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record EntryView(String indexNumber, String title, String issuingOrgan, String publishingOrgan, String writtenDate,
      String publishedDate, String documentNumber, List<ClassificationView> classifications, String genre,
      List<String> keywords, String mode, String scope, String validity, String summary, List<AttachmentView> attachments,
      int category) {
    /** Rejects a null component, naming it. */
    public EntryView {
      Checks.notNull(indexNumber, "indexNumber");
      Checks.notNull(title, "title");
      Checks.notNull(issuingOrgan, "issuingOrgan");
      Checks.notNull(publishingOrgan, "publishingOrgan");
      Checks.notNull(writtenDate, "writtenDate");
      Checks.notNull(publishedDate, "publishedDate");
      Checks.notNull(documentNumber, "documentNumber");
      Checks.notNull(classifications, "classifications");
      Checks.notNull(genre, "genre");
      Checks.notNull(keywords, "keywords");
      Checks.notNull(mode, "mode");
      Checks.notNull(scope, "scope");
      Checks.notNull(validity, "validity");
      Checks.notNull(summary, "summary");
      Checks.notNull(attachments, "attachments");
    }

    /** Returns the view of an entry. */
    public static EntryView of(CatalogueEntry e) {
      return new EntryView(e.indexNumber(), e.title(), e.issuingOrgan(), e.publishingOrgan().orElse(""),
          e.writtenDate().toString(), e.publishedDate().toString(), e.documentNumber().map(Object::toString).orElse(""),
          e.classifications().stream().map(c -> new ClassificationView(c.tree(), c.code())).toList(), e.genre().orElse(""),
          e.keywords(), code(e.mode()), e.scope(), code(e.validity()), e.summary(),
          e.attachments().stream().map(a -> new AttachmentView(a.title(), a.url())).toList(),
          e.category().map(ProactiveCategory::item).orElse(0));
    }

    private static String code(Enum<?> e) {
      return Codes.kebab(e);
    }
  }

  /**
   * A topic classification as JSON shows it (主题分类视图).
   *
   * @param tree the tree's name
   * @param code the topic's code
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record ClassificationView(String tree, String code) {
    /** Rejects a null component, naming it. */
    public ClassificationView {
      Checks.notNull(tree, "tree");
      Checks.notNull(code, "code");
    }
  }

  /**
   * An attachment as JSON shows it (附件视图).
   *
   * @param title the attachment's title
   * @param url its address
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record AttachmentView(String title, String url) {
    /** Rejects a null component, naming it. */
    public AttachmentView {
      Checks.notNull(title, "title");
      Checks.notNull(url, "url");
    }
  }

  /**
   * The Art. 20 coverage as JSON shows it (覆盖情况视图).
   *
   * @param asOf the day
   * @param categories each category's item, label and current entries
   * @param missing the items without a current entry
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record CoverageView(String asOf, List<CategoryView> categories, List<Integer> missing) {
    /** Rejects a null component, naming it. */
    public CoverageView {
      Checks.notNull(asOf, "asOf");
      Checks.notNull(categories, "categories");
      Checks.notNull(missing, "missing");
    }
  }

  /**
   * One Art. 20 category's count (类别计数).
   *
   * @param item the item number 1–15
   * @param label the wording of Art. 20
   * @param entries current entries
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public record CategoryView(int item, String label, int entries) {
    /** Rejects a null component, naming it. */
    public CategoryView {
      Checks.notNull(label, "label");
    }
  }
}
