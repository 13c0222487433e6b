package org.govsite.testing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchDocument;
import org.govsite.search.SearchHit;
import org.govsite.search.SearchResults;

/**
 * The documents and inputs of {@link SearchBackendContract} (检索测试样例): five documents of a county
 * site and hostile queries, for a backend's own tests beyond the contract.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class SearchFixtures {
  public static final SearchDocument CARD = SearchDocument.builder("svc-1", ContentKind.SERVICE, "社保卡申领指南")
      .body("办理社会保障卡需要携带居民身份证原件。<script>alert(1)</script> 社保卡可在县人社局窗口申领。")
      .column("办事指南").organ("县人社局").topic("劳动、人事、监察").date(LocalDate.of(2026, 3, 1))
      .url("https://www.example.gov.cn/bs/1.html").extra("phone", "0731-1234567").build();
  public static final SearchDocument OPINION = SearchDocument.builder("pol-1", ContentKind.DISCLOSURE,
          "国务院办公厅关于加强政府网站信息内容建设的意见")
      .body("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：政府网站是信息化条件下政府密切联系人民群众的重要桥梁。")
      .documentNumber("国办发〔2014〕57号").organ("国务院办公厅").topic("综合政务").date(LocalDate.of(2014, 12, 1)).build();
  public static final SearchDocument REGULATION = SearchDocument.builder("pol-2", ContentKind.DISCLOSURE, "某县政府信息公开条例实施办法")
      .body("为贯彻落实《中华人民共和国政府信息公开条例》，结合本县实际，制定本办法。")
      .organ("县政府办公室").topic("综合政务").date(LocalDate.of(2025, 6, 1)).build();
  public static final SearchDocument HUKOU = SearchDocument.builder("svc-2", ContentKind.SERVICE, "户籍登记办理须知")
      .body("新生儿户籍登记应在出生后一个月内到户籍所在地派出所办理。")
      .column("办事指南").organ("县公安局").date(LocalDate.of(2026, 5, 2)).build();
  public static final SearchDocument TRADITIONAL = SearchDocument.builder("art-1", ContentKind.ARTICLE, "關於居民身份證辦理的通知")
      .body("居民身份證辦理時間為工作日上午九時至下午五時。").column("通知公告").date(LocalDate.of(2026, 10, 9)).build();
  public static final List<SearchDocument> FIXTURES = List.of(CARD, OPINION, REGULATION, HUKOU, TRADITIONAL);
  /** A document none of the fixtures resembles, for rebuilds and changes. */
  public static final SearchDocument NEWCOMER = SearchDocument.builder("new-1", ContentKind.ARTICLE, "垃圾分类实施方案")
      .body("全县推行生活垃圾分类，分为可回收物、有害垃圾、厨余垃圾和其他垃圾。").date(LocalDate.of(2026, 11, 1)).build();

  /**
   * Input that is query syntax to Lucene or OpenSearch (field prefixes, wildcards, ranges, fuzzy and
   * regex operators, unbalanced brackets, escapes, JSON), control characters, emoji and markup:
   * all of it is ordinary text to GovSite.
   */
  public static final List<String> HOSTILE = List.of("title:* AND (", "\\", "\"", "*", "?", "(", ":", "~", "社保*", "*保", "title:社保",
      "社保 AND OR NOT", "/.*/", "社保~2", "[a TO z]", "{!lucene}社保", "\"社保", "((((", "&&||", "<script>", "社保\u0000卡\u0007",
      "\u001b[31m社保", "😀", "社保😀卡", "🇨🇳政府网站", "{\"query\":{\"match_all\":{}}}", "_all:*", "社保 OR 1=1 --", "\t\n\r",
      "\uFEFF社保", "\uD83D", "..\\..\\", "%2A", "社保^100", "+社保 -卡", " ");

  private SearchFixtures() {}

  static String first(SearchResults r) {
    if (r.hits().isEmpty()) {
      throw new AssertionError("no hit: " + r);
    }
    return r.hits().get(0).id();
  }

  static List<String> ids(SearchResults r) {
    return r.hits().stream().map(SearchHit::id).toList();
  }
}
