package org.govsite.examples;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.govsite.core.site.Column;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.site.Site;
import org.govsite.core.support.DataFiles;
import org.govsite.disclosure.ApplicantType;
import org.govsite.disclosure.Catalogue;
import org.govsite.disclosure.CatalogueEntry;
import org.govsite.disclosure.Channel;
import org.govsite.disclosure.DisclosureRequest;
import org.govsite.disclosure.IndexNumberScheme;
import org.govsite.disclosure.Outcome;
import org.govsite.disclosure.ProactiveCategory;
import org.govsite.disclosure.RequestEvent;
import org.govsite.interaction.HandlingMode;
import org.govsite.interaction.Letter;
import org.govsite.interaction.RejectionReason;
import org.govsite.interaction.Submission;
import org.govsite.interaction.Transition;

/**
 * Generates the demo county's content from the bundled seed text (see {@code seed/README.md}):
 * column items, letters and the three demo requests once, into the database (dated relative to the
 * first start, so that deadlines and freshness have something to show); the catalogue in memory at
 * every start.
 */
final class Seeder {
  /** The county government's 9-character organisation code in the gov.cn 索引号 form (fictitious). */
  static final String ORGANISATION = "43112300X";
  static final String MAILBOX = "县长信箱";

  private final PortalContext ctx;
  private final List<String> sentences;

  Seeder(PortalContext ctx) {
    this.ctx = ctx;
    this.sentences = sentences();
  }

  private static List<String> sentences() {
    return DataFiles.bundled(Seeder.class, "/org/govsite/examples/seed/xianyang-2007-171.txt", (source, in) -> {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String line : text.split("\n")) {
        for (String s : line.split("(?<=。)")) {
          String t = s.strip();
          if (t.length() >= 30 && t.length() <= 240) {
            out.add(t);
          }
        }
      }
      return out;
    });
  }

  private String text(int i) {
    return sentences.get(i % sentences.size());
  }

  Site site() {
    return Site.builder(ctx.config.siteName(), ctx.config.websiteCode())
        .column(Column.of("gzdt", "工作动态", ColumnKind.NEWS))
        .column(Column.of("tzgg", "通知公告", ColumnKind.NOTICE))
        .column(Column.of("zcwj", "政策文件", ColumnKind.POLICY))
        .column(Column.of("zcjd", "政策解读", ColumnKind.INTERPRETATION))
        .column(Column.of("rsxx", "人事信息", ColumnKind.PERSONNEL))
        .column(Column.of("ghjh", "规划计划", ColumnKind.PLANNING))
        .build();
  }

  void seedDatabaseOnce(LocalDateTime now) {
    if (!ctx.tables.empty()) {
      return;
    }
    Object[][] items = {
        {"gzdt", "县政府召开政府网站建设工作推进会", 1, 0},
        {"gzdt", "县政务公开办部署网上办事大厅建设", 3, 27},
        {"gzdt", "县长信箱上线“网上咨询”栏目", 6, 36},
        {"gzdt", "县政府门户网站完成栏目改版", 11, 17},
        {"tzgg", "关于开展政府网站信息内容保障检查的通知", 4, 13},
        {"tzgg", "关于公布依申请公开政府信息专栏的通知", 45, 24},
        {"zcwj", "县人民政府办公室关于加强政府网站建设和管理工作的意见", 20, 1},
        {"zcwj", "县人民政府办公室关于推进行政审批事项网上办理的通知", 150, 28},
        {"zcjd", "图解：政府网站信息发布审核制度", 9, 25},
        {"rsxx", "县人社局2025年公开招聘事业单位工作人员公告", 420, 15},
    };
    int n = 0;
    for (Object[] it : items) {
      n++;
      ctx.tables.addArticle(new Tables.Article(String.format("a%03d", n), (String) it[0], (String) it[1],
          text((Integer) it[3]), now.minusDays((Integer) it[2]).withHour(9).withMinute(30).withSecond(0)));
    }
    if (ctx.mailbox.store().all().isEmpty()) {
      seedLetters(now);
    }
    seedRequests(now.toLocalDate()); // the first start only: the requests are kept from then on
  }

  private void seedLetters(LocalDateTime now) {
    // Two answered and published, one overdue, one near its deadline, one new, one rejected.
    Letter a = submit("consultation", "孩子入学需要准备哪些材料", "我家住在城关镇，孩子明年上小学，请问需要准备哪些材料？我的电话13912345678，"
        + "身份证号码110101199003071233。", "张三", "13912345678", now.minusDays(21));
    a = act(a, Transition.accept("受理员", a.received().plusHours(1)));
    a = act(a, Transition.assign("受理员", a.received().plusHours(2), "县教育局", HandlingMode.FORWARDED, "属其职责"));
    a = act(a, Transition.reply("县教育局", a.received().plusDays(3), "您好！适龄儿童入学需携带户口簿、居民身份证和预防接种证明，"
        + "具体时间请关注县教育局通知公告栏目。如有疑问请拨打13912345678以外的教育局咨询电话。"));
    a = act(a, Transition.decidePublication("县政府办", a.received().plusDays(3).plusHours(1), true, "具有普遍性"));
    a = act(a, Transition.publish("县政府办", a.received().plusDays(3).plusHours(2)));
    Letter b = submit("suggestion", "建议政府网站开设网上办事大厅", text(33), "李四", "13812341234", now.minusDays(15));
    b = act(b, Transition.accept("受理员", b.received().plusHours(1)));
    b = act(b, Transition.reply("县政务公开办", b.received().plusDays(2), "感谢您的建议。" + text(32)));
    b = act(b, Transition.decidePublication("县政府办", b.received().plusDays(2).plusHours(1), true, "具有普遍性"));
    act(b, Transition.publish("县政府办", b.received().plusDays(2).plusHours(2)));
    Letter c = submit("complaint", "小区路灯长期不亮", "我们小区门口的路灯已经坏了两个月，晚上出行很不安全，请尽快维修。", "王五",
        "13700001111", now.minusDays(12));
    c = act(c, Transition.accept("受理员", c.received().plusHours(1)));
    act(c, Transition.assign("受理员", c.received().plusHours(2), "县住建局", HandlingMode.FORWARDED, "属其职责"));
    Letter d = submit("consultation", "医保异地备案怎么办理", "我在外地工作，请问医保异地就医备案在网上怎么办理？", "赵六",
        "13600002222", now.minusDays(4));
    act(d, Transition.accept("受理员", d.received().plusHours(1)));
    submit("help", "内部资料能否公开查询", "听说有一份内部资料涉及我村土地征收，能否公开查询？", "钱七", "13500003333", now.minusHours(3));
    Letter f = submit("other", "广告", "低价出售各类商品，欢迎联系。", "孙八", "13400004444", now.minusDays(2));
    act(f, Transition.reject("受理员", f.received().plusHours(1), RejectionReason.SPAM, "与政务无关"));
  }

  private Letter submit(String type, String subject, String body, String name, String phone, LocalDateTime at) {
    Letter l = ctx.mailbox.submit(new Submission(MAILBOX, type, subject, body, name, phone, "", "", "", "web", false), at);
    Screening.holdIfReview(ctx, "县长信箱来信", l.id(), subject, Map.of("subject", subject, "body", body), at);
    return l;
  }

  private Letter act(Letter l, Transition t) {
    return ctx.mailbox.act(l.id(), l.version(), t);
  }

  Catalogue catalogue() {
    LocalDate today = ctx.today();
    Object[][] entries = {
        // title, organ, doc-number pattern (%d = year), topic code, genre, category, days ago, sentence
        {"关于加强政府网站建设和管理工作的意见", "某县人民政府办公室", "县政办发〔%d〕12号", "0204", "规范性文件",
            ProactiveCategory.REGULATIONS, 20, 1},
        {"关于推进行政审批事项网上办理的通知", "某县人民政府办公室", "县政办发〔%d〕8号", "0202", "通知",
            ProactiveCategory.LICENSING, 150, 28},
        {"某县国民经济和社会发展统计公报", "某县统计局", "县统发〔%d〕2号", "0303", "公报",
            ProactiveCategory.STATISTICS, 200, 2},
        {"某县义务教育阶段招生工作方案", "某县教育局", "县教发〔%d〕15号", "1102", "方案",
            ProactiveCategory.SOCIAL_POLICY, 60, 10},
        {"关于公布行政事业性收费目录清单的通知", "某县财政局", "县财发〔%d〕6号", "0401", "通知",
            ProactiveCategory.FEES, 90, 31},
        {"某县突发公共事件总体应急预案", "某县人民政府办公室", "县政发〔%d〕3号", "0203", "预案",
            ProactiveCategory.EMERGENCIES, 300, 20},
    };
    IndexNumberScheme scheme = IndexNumberScheme.govCn();
    Catalogue.Builder b = Catalogue.builder().scheme(scheme);
    Map<Integer, Integer> serials = new HashMap<>();
    // The seed document itself, under its real organ and number.
    b.add(CatalogueEntry.builder().indexNumber(ORGANISATION + "/2007-00001")
        .title("咸阳市人民政府办公室关于加强政府网站建设和管理工作的意见").issuingOrgan("咸阳市人民政府办公室")
        .documentNumber("咸政办发〔2007〕171号").writtenDate(LocalDate.of(2007, 10, 10))
        .publishedDate(LocalDate.of(2007, 10, 10)).classification(ctx.topics.classify("0201")).genre("意见")
        .summary(text(0)).category(ProactiveCategory.REGULATIONS).build());
    for (Object[] e : entries) {
      LocalDate published = today.minusDays((Integer) e[6]);
      int year = published.getYear();
      int serial = serials.merge(year, 1, Integer::sum);
      b.add(CatalogueEntry.builder()
          .indexNumber(String.format("%s/%d-%05d", ORGANISATION, year, serial))
          .title((String) e[0]).issuingOrgan((String) e[1])
          .documentNumber(String.format((String) e[2], year))
          .writtenDate(published.minusDays(3)).publishedDate(published)
          .classification(ctx.topics.classify((String) e[3])).genre((String) e[4])
          .summary(text((Integer) e[7])).category((ProactiveCategory) e[5]).build());
    }
    return b.build();
  }

  private void seedRequests(LocalDate today) {
    LocalDate r1 = ctx.calendar.previousWorkingDay(today.minusDays(3)).date();
    add(r1, ApplicantType.NATURAL_PERSON, "申请公开本村2025年土地征收补偿标准文件", List.of());
    LocalDate r2 = today.minusDays(40);
    add(r2, ApplicantType.BUSINESS, "申请公开县政府门户网站建设项目招标文件", List.of(
        RequestEvent.answered(r2.plusDays(12), Outcome.DISCLOSED)));
    LocalDate r3 = today.minusDays(35);
    add(r3, ApplicantType.NATURAL_PERSON, "申请公开某路段拓宽工程的批复", List.of(
        RequestEvent.of(RequestEvent.Type.CORRECTION_REQUESTED, r3.plusDays(2)),
        RequestEvent.of(RequestEvent.Type.CORRECTED, r3.plusDays(5))));
  }

  private void add(LocalDate received, ApplicantType who, String content, List<RequestEvent> events) {
    ctx.requests.add(new DisclosureRequest(ctx.requests.nextId(received), who, Channel.ONLINE, received, content, events));
  }
}
