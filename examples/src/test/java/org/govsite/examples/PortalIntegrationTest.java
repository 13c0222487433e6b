package org.govsite.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.StringEscapeUtils;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.govsite.core.identifiers.QueryCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the portal on a random port with a fresh data directory and drives it over HTTP. */
class PortalIntegrationTest {
  @TempDir static Path data;
  static Portal portal;
  static PortalHttp http;

  @BeforeAll
  static void start() throws Exception {
    PortalConfig config = PortalConfig.defaults().withPort(0).withDataDir(data);
    PortalHttp.addStaff(config, "xinxiang", "mailbox");
    portal = Portal.start(config);
    http = new PortalHttp(portal.port());
    // The dashboard and the reply form are staff pages: these tests act as a member of staff with the mailbox role.
    assertEquals(303, http.signIn("xinxiang", PortalHttp.PASSWORD).statusCode());
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  private static String ok(String path) throws Exception {
    HttpResponse<String> r = http.get(path);
    assertEquals(200, r.statusCode(), path + ":\n" + r.body());
    return r.body();
  }

  private static long letters() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("portal"), "", "");
         ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM govsite_letter")) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void everyPageAnswers200WithItsContent() throws Exception {
    String home = ok("/");
    for (String s : List.of("<html lang=\"zh-CN\">", "工作动态", "通知公告", "县政府召开政府网站建设工作推进会", "网站标识码",
        "4311230001", "href=\"/jiucuo\"", "我要纠错", "县长信箱 · 最新答复")) {
      assertTrue(home.contains(s), s);
    }
    String catalogue = ok("/xxgk");
    assertTrue(catalogue.contains("43112300X/2007-00001"));
    assertTrue(catalogue.contains("咸政办发〔2007〕171号"));
    assertTrue(catalogue.contains("<label for=\"topic\">主题分类</label>"));
    assertEquals("1", PortalHttp.byId(ok("/xxgk?year=2007"), "count"));
    assertEquals("1", PortalHttp.byId(ok("/xxgk?organ=" + PortalHttp.enc("某县统计局")), "count"));
    String byTopic = ok("/xxgk?topic=02");
    assertTrue(byTopic.contains("某县突发公共事件总体应急预案"), "a 0203 entry is under topic 02");
    assertFalse(byTopic.contains("某县义务教育阶段招生工作方案"));
    assertTrue(ok("/xxgk/entry?id=" + PortalHttp.enc("43112300X/2007-00001")).contains("咸阳市人民政府办公室"));
    assertTrue(ok("/xxgk/guide").contains("20 个工作日内予以答复"));
    assertTrue(ok("/ysqgk").contains("<label for=\"applicant\">申请人类型</label>"));
    String mailbox = ok("/xinxiang");
    assertTrue(mailbox.contains("孩子入学需要准备哪些材料"), "a published letter");
    assertTrue(mailbox.contains("[电话已隐去]"));
    assertTrue(mailbox.contains("11*************233"), "the ID number is masked");
    assertFalse(mailbox.contains("13912345678"), "the writer's phone never shows");
    assertFalse(mailbox.contains("张三"), "nor the writer's name");
    String editor = ok("/editor");
    for (String s : List.of("普查结论", "人事信息", "超期未更新", "空白栏目", "催办清单", "小区路灯长期不亮", "红牌",
        "依申请公开答复期限", "YSQ-", "待审核内容", "内部资料", "139****5678")) {
      assertTrue(editor.contains(s), s);
    }
    assertTrue(ok("/jiucuo").contains("<label for=\"description\">问题描述</label>"));
    assertTrue(ok("/search").contains("搜索建议"));
    assertTrue(ok("/api/disclosure/catalogue").contains("咸政办发〔2007〕171号"));
    assertTrue(ok("/api/mailbox/published").contains("孩子入学需要准备哪些材料"));
    assertEquals(404, http.get("/no-such-page").statusCode());
  }

  @Test
  void aLetterGoesFromSubmissionToAReplyInReview() throws Exception {
    HttpResponse<String> sent = http.post("/xinxiang", Map.of("type", "consultation", "subject", "农村公路养护归哪个部门管",
        "body", "我村通村公路有坑洼，请问应当向哪个部门反映？", "name", "周九", "phone", "13800138000"));
    assertEquals(200, sent.statusCode(), sent.body());
    String id = PortalHttp.byId(sent.body(), "letter-id");
    String code = PortalHttp.byId(sent.body(), "query-code");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    assertEquals(WorkingDayCalendar.official().addWorkingDays(today, 5).date().toString(),
        PortalHttp.byId(sent.body(), "deadline"), "5 working days (mailbox standard policy)");
    String status = ok("/xinxiang/status?id=" + PortalHttp.enc(id) + "&code=" + code);
    assertTrue(status.contains("已收到") && status.contains("尚未答复"), status);
    assertEquals(404, http.get("/xinxiang/status?id=" + PortalHttp.enc(id) + "&code=000000x").statusCode());
    assertTrue(ok("/editor").contains(id), "the new letter waits for a reply");

    HttpResponse<String> replied = http.post("/editor/reply", Map.of("id", id, "reply", "由县交通运输局负责，已转交处理。"));
    assertEquals(200, replied.statusCode(), replied.body());
    // Nothing is public before the three-level review signs it off (PortalReviewTest takes it through).
    assertTrue(replied.body().contains("答复审核中"), replied.body());
    status = ok("/xinxiang/status?id=" + PortalHttp.enc(id) + "&code=" + code);
    assertTrue(status.contains("尚未答复") && !status.contains("由县交通运输局负责"), status);
    assertEquals(404, http.get("/xinxiang/letter?id=" + PortalHttp.enc(id)).statusCode());
    assertFalse(ok("/search?q=" + PortalHttp.enc("农村公路养护")).contains("/xinxiang/letter?id=" + id), "not indexed yet");
  }

  @Test
  void aRequestGetsItsDeadline() throws Exception {
    HttpResponse<String> sent = http.post("/ysqgk", Map.of("applicant", "natural-person", "content", "申请公开本县2025年道路养护资金使用情况"));
    assertEquals(200, sent.statusCode(), sent.body());
    String id = PortalHttp.byId(sent.body(), "request-id");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String due = WorkingDayCalendar.official().addWorkingDays(today, 20).date().toString();
    assertEquals(due, PortalHttp.byId(sent.body(), "deadline"), "Art. 33: 20 working days");
    String code = PortalHttp.byId(sent.body(), "request-code");
    assertTrue(QueryCodes.isWellFormed(code), code);
    String status = ok("/ysqgk/status?id=" + id + "&code=" + code);
    assertTrue(status.contains(due) && status.contains("办理中"), status);
    assertTrue(ok("/editor").contains(id));
    assertTrue(ok("/api/disclosure/requests/" + id + "?code=" + code).contains(due));
    // The number alone, or with a wrong code, shows nothing: the same 404 as an unknown number.
    assertEquals(404, http.get("/ysqgk/status?id=" + id).statusCode());
    assertEquals(404, http.get("/ysqgk/status?id=" + id + "&code=23456789AB").statusCode());
    assertEquals(404, http.get("/api/disclosure/requests/" + id).statusCode());
    assertEquals(404, http.get("/api/disclosure/requests/" + id + "?code=23456789AB").statusCode());
    assertEquals(400, http.post("/ysqgk", Map.of("applicant", "natural-person", "content", " ")).statusCode());
  }

  @Test
  void searchFindsSeededContentWithFacetsHighlightsAndCorrections() throws Exception {
    String page = ok("/search?q=" + PortalHttp.enc("网上办事"));
    assertTrue(page.contains("县政务公开办部署网上办事大厅建设"), "a seeded column item");
    assertTrue(page.contains("<em>"), "highlights");
    assertTrue(page.contains("按类别") && page.contains("栏目信息"), "facets");
    String facet = hits(ok("/search?q=" + PortalHttp.enc("网上办事") + "&kind=disclosure"));
    assertTrue(facet.contains("关于推进行政审批事项网上办理的通知"));
    assertFalse(facet.contains("县政务公开办部署网上办事大厅建设"), "the kind facet filters");
    assertTrue(ok("/search?q=" + PortalHttp.enc("咸政办发[2007]171号")).contains("咸阳市人民政府办公室关于加强政府网站建设和管理工作的意见"));
    String typo = ok("/search?q=" + PortalHttp.enc("条列"));
    assertTrue(typo.contains("条例") && typo.contains("class=\"correction\""), "did you mean");
    assertTrue(ok("/search?q=" + PortalHttp.enc("网站")).contains("<datalist id=\"suggestions\">"));
    String hostile = ok("/search?q=" + PortalHttp.enc("<script>alert(1)</script>"));
    assertFalse(hostile.contains("<script>alert"), "escaped");
    assertTrue(hostile.contains("&lt;script&gt;"));
  }

  private static String hits(String page) {
    return page.substring(page.indexOf("<ol class=\"hits\">"), page.indexOf("</ol>", page.indexOf("<ol class=\"hits\">")));
  }

  @Test
  void aBlockedSubmissionShowsWhyInChineseAndStoresNothing() throws Exception {
    long before = letters();
    int queue = ok("/editor").split("县长信箱来信", -1).length;
    HttpResponse<String> r = http.post("/xinxiang", Map.of("type", "complaint", "subject", "攻府不作为",
        "body", "秘密★1年 的文件被贴在公告栏", "name", "吴十", "phone", "13800138001"));
    assertEquals(422, r.statusCode());
    String text = StringEscapeUtils.unescapeHtml4(r.body());
    assertTrue(text.contains("“标题”中的“攻府”：严重表述错误，应为“政府”"), text);
    assertTrue(text.contains("“内容”中的“秘密★1年”：涉密标识"), text);
    assertTrue(text.contains("系统没有保存任何内容"));
    assertEquals(before, letters(), "no letter stored");
    assertEquals(queue, ok("/editor").split("县长信箱来信", -1).length, "nothing queued either");

    String editor = ok("/editor");
    HttpResponse<String> req = http.post("/ysqgk", Map.of("applicant", "business", "content", "请公开中华人民共合国某某文件"));
    assertEquals(422, req.statusCode());
    assertEquals(editor.split("YSQ-", -1).length, ok("/editor").split("YSQ-", -1).length, "no request stored");

    HttpResponse<String> api = http.postJson("/api/mailbox/letters", "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\","
        + "\"subject\":\"攻府\",\"body\":\"内容\",\"name\":\"某人\",\"phone\":\"13800138002\"}");
    assertEquals(422, api.statusCode(), api.body());
    assertTrue(api.body().contains("\"field\":\"subject\""), api.body());
    HttpResponse<String> escaped = http.postJson("/api/mailbox/letters", "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\","
        + "\"subject\":\"咨询\",\"body\":\"\\u653b\\u5e9c\",\"name\":\"某人\",\"phone\":\"13800138002\"}");
    assertEquals(422, escaped.statusCode(), "JSON escapes are decoded before screening: " + escaped.body());
    assertEquals(before, letters());
  }

  @Test
  void contentNeedingReviewIsStoredAndQueued() throws Exception {
    long before = letters();
    HttpResponse<String> r = http.post("/xinxiang", Map.of("type", "consultation", "subject", "工作秘密可否查询",
        "body", "想了解相关规定。", "name", "郑十一", "phone", "13800138003"));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(r.body().contains("需要人工审核"));
    assertEquals(before + 1, letters());
    assertTrue(ok("/editor").contains("工作秘密可否查询"));
    HttpResponse<String> api = http.postJson("/api/mailbox/letters", "{\"mailbox\":\"县长信箱\",\"type\":\"consultation\","
        + "\"subject\":\"办事咨询\",\"body\":\"请问营业执照怎么办理\",\"name\":\"某人\",\"phone\":\"13800138004\"}");
    assertEquals(201, api.statusCode(), api.body());
    assertEquals(before + 2, letters());
  }

  @Test
  void invalidLetterFieldsAreExplainedAndNotStored() throws Exception {
    long before = letters();
    HttpResponse<String> r = http.post("/xinxiang", Map.of("type", "consultation", "subject", "咨询",
        "body", "内容", "name", "王某", "phone", "12345"));
    assertEquals(400, r.statusCode());
    assertTrue(r.body().contains("电话："), r.body());
    assertTrue(r.body().contains("value=\"咨询\""), "the form keeps what was typed");
    assertEquals(before, letters());
  }

  @Test
  void anOverlongErrorReportAddressIsA400NamingTheFieldAndNothingIsQueued() throws Exception {
    String before = ok("/editor");
    String page = "/article?id=" + "x".repeat(300);
    HttpResponse<String> r = http.post("/jiucuo", Map.of("page", page, "description", "链接打不开"));
    assertEquals(400, r.statusCode(), r.body());
    String text = StringEscapeUtils.unescapeHtml4(r.body());
    assertTrue(text.contains("页面地址"), text);
    assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("sql"), "no database message: " + text);
    assertEquals(before.split("网民纠错", -1).length, ok("/editor").split("网民纠错", -1).length, "nothing queued");
  }

  @Test
  void theDashboardMasksPersonalDataInLetterSubjects() throws Exception {
    HttpResponse<String> r = http.post("/xinxiang", Map.of("type", "consultation", "subject", "请回电13912345678",
        "body", "想咨询社保卡办理。", "name", "冯十二", "phone", "13800138005"));
    assertEquals(200, r.statusCode(), r.body());
    String editor = ok("/editor");
    assertTrue(editor.contains("请回电139****5678"), "the letter is listed, masked");
    assertFalse(editor.contains("13912345678"), "no unmasked phone number on the dashboard");
  }
}
