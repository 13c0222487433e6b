package org.govsite.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchDocument;

/** Generates ~2 KB Chinese documents from the seed texts, the same ones for the same index. */
final class SearchCorpus {
  static final String[] COLUMNS = {"工作动态", "通知公告", "政策文件", "政策解读", "人事信息", "规划计划", "办事指南", "领导信箱", "专题专栏", "机构概况"};
  static final String[] ORGANS = {"县政府办公室", "县发展和改革局", "县教育局", "县公安局", "县人社局", "县自然资源局", "县住建局", "县卫健委"};
  static final String[] TOPICS = {"综合政务", "财政、金融、审计", "科技、教育", "卫生、体育", "劳动、人事、监察", "城乡建设、环境保护"};
  /** About 2 KB of UTF-8: Chinese characters take three bytes. */
  static final int BODY_CHARS = 680;

  private final String text;

  SearchCorpus() {
    this.text = SeedText.all();
  }

  /** Returns document {@code i}; a pure function of i and the seed texts. */
  SearchDocument document(int i) {
    SplittableRandom r = new SplittableRandom(0x5EED_0000L + i);
    int at = r.nextInt(text.length() - BODY_CHARS);
    String body = text.substring(at, at + BODY_CHARS);
    int t = r.nextInt(text.length() - 24);
    String title = text.substring(t, t + 12 + r.nextInt(12)).strip();
    LocalDate date = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(365 * 12));
    SearchDocument.Builder b = SearchDocument.builder("d" + i, ContentKind.values()[i % 4], title.isEmpty() ? "无题" : title)
        .body(body)
        .column(COLUMNS[r.nextInt(COLUMNS.length)])
        .organ(ORGANS[r.nextInt(ORGANS.length)])
        .topic(TOPICS[r.nextInt(TOPICS.length)])
        .date(date)
        .url("https://www.example.gov.cn/art/" + i + ".html");
    if (i % 10 == 0) {
      b.documentNumber("县政发〔" + date.getYear() + "〕" + (i / 10 % 200 + 1) + "号");
    }
    return b.build();
  }
}
