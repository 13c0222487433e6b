package org.govsite.search.opensearch;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/** Sample documents and fresh alias names for the tests against the real node. */
final class NodeTestSupport {
  private NodeTestSupport() {}

  /**
   * A connection that waits up to 5 minutes for an answer: on a build machine shared by several
   * builds the node's cluster-state updates (create an index, switch an alias) can take minutes.
   */
  static OpenSearchConnection connect(java.net.URI url) {
    return OpenSearchConnection.builder(url).responseTimeout(java.time.Duration.ofMinutes(5)).connect();
  }

  /** A fresh alias, so test classes sharing the run's one node never see each other's documents. */
  static String freshAlias(String prefix) {
    return (prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE), 36)).toLowerCase(Locale.ROOT);
  }

  /** A small document of {@code site}, number {@code n}. */
  static OpenSearchDocument document(String site, int n) {
    return OpenSearchDocument.builder(site, "doc-" + n, n % 2 == 0 ? "disclosure" : "letter", "关于第" + n + "号政府信息公开的通知")
        .body("县人民政府办公室 第 " + n + " 号文件，涉及政府信息公开申请的办理。")
        .folded("关于第" + n + "号政府信息公开的通知", "县人民政府办公室 第 " + n + " 号文件")
        .pinyin("zhengfu xinxi gongkai zfxxgk")
        .documentNumberKey("县政办发2024-" + n)
        .facet("department", n % 3 == 0 ? "县政府办公室" : "县财政局")
        .published(LocalDate.of(2024, 1, 1).plusDays(n % 300))
        .url("https://www.example.gov.cn/" + site + "/" + n + ".html")
        .build();
  }
}
