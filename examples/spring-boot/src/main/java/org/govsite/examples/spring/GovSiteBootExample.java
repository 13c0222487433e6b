package org.govsite.examples.spring;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.govsite.disclosure.Catalogue;
import org.govsite.disclosure.CatalogueEntry;
import org.govsite.disclosure.ProactiveCategory;
import org.govsite.disclosure.TopicTree;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The example application (示例应用): every GovSite bean comes from the starter and
 * application.properties; the only one declared here is the catalogue, which replaces the
 * starter's empty one (as any bean of a type GovSite configures would).
 */
@API(status = EXPERIMENTAL, since = "0.1")
@SpringBootApplication
public class GovSiteBootExample {
  /** Creates the application (Spring calls this). */
  public GovSiteBootExample() {}

  /** Starts it: {@code java -jar govsite-spring-boot-example.jar --server.port=8080}. */
  public static void main(String[] args) {
    SpringApplication.run(GovSiteBootExample.class, args);
  }

  /** The site's disclosure catalogue (政府信息公开目录): two documents, served by the catalogue API and indexed for search. */
  @Bean
  public Catalogue catalogue() {
    TopicTree topics = TopicTree.govCn();
    return Catalogue.builder()
        .add(CatalogueEntry.builder().indexNumber("000000000/2025-00001")
            .title("某县人民政府办公室关于优化营业执照办理流程的通知").issuingOrgan("某县人民政府办公室")
            .documentNumber("某政办发〔2025〕3号").writtenDate(LocalDate.of(2025, 3, 3)).publishedDate(LocalDate.of(2025, 3, 5))
            .classification(topics.classify("0201")).genre("通知").summary("营业执照办理时限由五个工作日缩短为三个工作日。")
            .category(ProactiveCategory.REGULATIONS).build())
        .add(CatalogueEntry.builder().indexNumber("000000000/2025-00002")
            .title("某县2025年道路养护资金使用情况").issuingOrgan("某县交通运输局")
            .writtenDate(LocalDate.of(2025, 6, 10)).publishedDate(LocalDate.of(2025, 6, 12))
            .classification(topics.classify("0201")).genre("报告").summary("全县农村公路养护资金的安排和使用。")
            .category(ProactiveCategory.REGULATIONS).build())
        .build();
  }
}
