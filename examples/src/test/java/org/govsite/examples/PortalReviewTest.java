package org.govsite.examples;

import static org.govsite.examples.ReviewFlow.approve;
import static org.govsite.examples.ReviewFlow.approveOk;
import static org.govsite.examples.ReviewFlow.find;
import static org.govsite.examples.ReviewFlow.queue;
import static org.govsite.examples.ReviewFlow.signedIn;
import static org.govsite.examples.ReviewFlow.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three-level review (三审) in the portal, over HTTP on H2: letter replies and column
 * articles are public only after 初审, 复审 and 终审 by three different people; rejection,
 * resubmission, acknowledgement of findings, optimistic locking, roles, and withdrawal (撤稿).
 */
class PortalReviewTest {
  @TempDir static Path data;
  static Portal portal;
  static int port;

  @BeforeAll
  static void start() {
    PortalConfig config = PortalConfig.defaults().withPort(0).withDataDir(data);
    PortalHttp.addStaff(config, "mail", "mailbox");
    PortalHttp.addStaff(config, "writer", "editor");
    PortalHttp.addStaff(config, "head", "reviewer");
    PortalHttp.addStaff(config, "office", "approver");
    PortalHttp.addStaff(config, "office2", "approver");
    PortalHttp.addStaff(config, "secret", "secrecy");
    PortalHttp.addStaff(config, "both", "reviewer", "approver");
    PortalHttp.addStaff(config, "selfie", "mailbox", "reviewer");
    PortalHttp.addStaff(config, "root", "admin");
    portal = Portal.start(config);
    port = portal.port();
  }

  @AfterAll
  static void stop() {
    portal.close();
  }

  /** A resident writes a letter; returns its id. */
  static String letter(int port, String subject) throws Exception {
    HttpResponse<String> sent = new PortalHttp(port).post("/xinxiang", Map.of("type", "consultation", "subject", subject,
        "body", "请问" + subject + "应当找哪个部门？", "name", "赵某", "phone", "13800138011"));
    assertEquals(200, sent.statusCode(), sent.body());
    return PortalHttp.byId(sent.body(), "letter-id");
  }

  /** The mailbox clerk sends a reply for review. */
  static void reply(PortalHttp mail, String id, String text) throws Exception {
    HttpResponse<String> r = mail.post("/editor/reply", Map.of("id", id, "reply", text));
    assertEquals(200, r.statusCode(), r.body());
    assertTrue(text(r.body()).contains("答复已送审：" + id), r.body());
  }

  private static boolean searchFinds(PortalHttp h, String q, String url) throws Exception {
    return h.get("/search?q=" + PortalHttp.enc(q)).body().contains(url);
  }

  @Test
  void aReplyIsPublicOnlyAfterThreeSignOffsByThreePeople() throws Exception {
    String id = letter(port, "公交站牌位置咨询");
    PortalHttp mail = signedIn(port, "mail");
    reply(mail, id, "县交通运输局答复：站牌已移至东门。");
    String dashboard = text(mail.get("/editor").body());
    assertTrue(dashboard.contains("答复审核中（待初审）"), dashboard);
    assertFalse(dashboard.contains("id=\"reply-" + id + "\""), "no second reply form while one is in review");
    assertEquals(409, mail.post("/editor/reply", Map.of("id", id, "reply", "第二份答复")).statusCode(), "one reply at a time");
    PortalHttp visitor = new PortalHttp(port);
    assertEquals(404, visitor.get("/xinxiang/letter?id=" + id).statusCode(), "nothing public before the sign-offs");

    PortalHttp head = signedIn(port, "head");
    PortalHttp office = signedIn(port, "office");
    PortalHttp secret = signedIn(port, "secret");
    assertFalse(ReviewFlow.has(queue(office), "/editor/review", id), "复审 sees it only after 初审");
    assertTrue(approveOk(head, id).contains("已通过，转复审"));
    assertTrue(text(mail.get("/editor").body()).contains("答复审核中（待复审）"));
    assertEquals(404, visitor.get("/xinxiang/letter?id=" + id).statusCode());
    assertTrue(approveOk(office, id).contains("已通过，转终审"));
    assertEquals(404, visitor.get("/xinxiang/letter?id=" + id).statusCode());
    assertFalse(searchFinds(visitor, "公交站牌位置", "/xinxiang/letter?id=" + id));
    assertTrue(approveOk(secret, id).contains("已签发，稿件已发布"));

    HttpResponse<String> published = visitor.get("/xinxiang/letter?id=" + id);
    assertEquals(200, published.statusCode());
    assertTrue(published.body().contains("站牌已移至东门"), published.body());
    assertTrue(searchFinds(visitor, "公交站牌位置", "/xinxiang/letter?id=" + id), "indexed on publication");
    String history = text(queue(office).replace("\n", ""));
    assertFalse(ReviewFlow.has(history, "/editor/review", id), "no longer waiting");
    PortalHttp root = signedIn(port, "root");
    String audit = root.get("/editor/audit").body();
    for (String s : List.of(">review-approve<", ">submit-reply<", ">head<", ">office<", ">secret<")) {
      assertTrue(audit.contains(s), s);
    }
  }

  @Test
  void theAuthorAndOnePersonSigningTwoStagesAreRefused() throws Exception {
    String id = letter(port, "路灯维修进度查询");
    PortalHttp selfie = signedIn(port, "selfie");
    reply(selfie, id, "路灯已列入本月维修计划。");
    assertFalse(ReviewFlow.has(queue(selfie), "/editor/review", id), "the author's own item is not in their queue");
    ReviewFlow.Shown s = find(queue(signedIn(port, "head")), "/editor/review", id);
    HttpResponse<String> own = selfie.post("/editor/review/" + s.id(), Map.of("decision", "approve", "opinion", "",
        "version", String.valueOf(s.version())));
    assertEquals(403, own.statusCode());
    assertTrue(text(own.body()).contains("不能审核本人提交的稿件"), own.body());

    PortalHttp both = signedIn(port, "both");
    assertTrue(approveOk(both, id).contains("转复审"));
    assertFalse(ReviewFlow.has(queue(both), "/editor/review", id), "not offered the second stage");
    ReviewFlow.Shown second = find(queue(signedIn(port, "office")), "/editor/review", id);
    HttpResponse<String> twice = both.post("/editor/review/" + second.id(), Map.of("decision", "approve", "opinion", "",
        "version", String.valueOf(second.version())));
    assertEquals(403, twice.statusCode());
    assertTrue(text(twice.body()).contains("同一人只能审核稿件的一个环节"), twice.body());
  }

  @Test
  void withoutAReviewingRoleTheServerAnswers403() throws Exception {
    String id = letter(port, "社保卡补办咨询");
    PortalHttp mail = signedIn(port, "mail");
    reply(mail, id, "可到县政务服务中心社保窗口补办。");
    ReviewFlow.Shown s = find(queue(signedIn(port, "head")), "/editor/review", id);
    PortalHttp writer = signedIn(port, "writer");
    assertEquals(403, writer.get("/editor/review").statusCode());
    HttpResponse<String> r = writer.post("/editor/review/" + s.id(), Map.of("decision", "approve", "opinion", "",
        "version", String.valueOf(s.version())));
    assertEquals(403, r.statusCode());
    assertTrue(r.body().contains("<title>没有权限"), r.body());
    HttpResponse<String> wrongStage = signedIn(port, "office").post("/editor/review/" + s.id(), Map.of("decision", "approve",
        "opinion", "", "version", String.valueOf(s.version())));
    assertEquals(403, wrongStage.statusCode(), "an approver cannot sign 初审");
    assertTrue(text(wrongStage.body()).contains("初审需要角色 reviewer"), wrongStage.body());
    assertEquals(401, new PortalHttp(port).postRaw("/editor/review/" + s.id(), Map.of("decision", "approve"), Map.of())
        .statusCode());
    assertEquals(403, mail.post("/editor/withdraw/" + s.id(), Map.of("reason", "x", "version", "0")).statusCode());
  }

  @Test
  void aRejectionReturnsTheReplyWithTheOpinionAndAResubmissionStartsAgain() throws Exception {
    String id = letter(port, "农村危房改造补助标准");
    PortalHttp mail = signedIn(port, "mail");
    reply(mail, id, "补助标准见县住建局通知。");
    PortalHttp head = signedIn(port, "head");
    PortalHttp office = signedIn(port, "office");
    approveOk(head, id);
    ReviewFlow.Shown s = find(queue(office), "/editor/review", id);
    HttpResponse<String> noOpinion = office.post("/editor/review/" + s.id(), Map.of("decision", "reject", "opinion", " ",
        "version", String.valueOf(s.version())));
    assertEquals(400, noOpinion.statusCode(), "a rejection needs an opinion");
    HttpResponse<String> rejected = office.post("/editor/review/" + s.id(), Map.of("decision", "reject",
        "opinion", "请写明补助金额和申请材料", "version", String.valueOf(s.version())));
    assertEquals(200, rejected.statusCode(), rejected.body());
    assertTrue(text(rejected.body()).contains("已退回作者"));
    assertTrue(text(mail.get("/editor").body()).contains("答复已退回"));

    String returned = text(mail.get("/editor/returned").body());
    assertTrue(returned.contains("复审退回（office）：<span class=\"opinion\">请写明补助金额和申请材料"), returned);
    ReviewFlow.Shown back = find(returned, "/editor/resubmit", id);
    assertEquals(403, head.post("/editor/resubmit/" + back.id(), Map.of("title", "x", "body", "y",
        "version", String.valueOf(back.version()))).statusCode(), "only the author resubmits");
    HttpResponse<String> again = mail.post("/editor/resubmit/" + back.id(), Map.of("title", "关于补助标准的答复",
        "body", "C级危房每户补助1.5万元，D级每户3.5万元，持户口簿和房屋鉴定书到乡镇申请。",
        "version", String.valueOf(back.version())));
    assertEquals(200, again.statusCode(), again.body());
    assertTrue(text(again.body()).contains("第 2 轮，待初审"), again.body());
    assertTrue(text(mail.get("/editor").body()).contains("答复审核中（待初审）"));
    approveOk(head, id);
    approveOk(office, id);
    approveOk(signedIn(port, "secret"), id);
    assertTrue(new PortalHttp(port).get("/xinxiang/letter?id=" + id).body().contains("每户补助1.5万元"));
  }

  @Test
  void aReviewFindingHoldsTheReplyUntilTheSecrecyReviewAcknowledgesIt() throws Exception {
    String id = letter(port, "征地补偿文件查询");
    PortalHttp mail = signedIn(port, "mail");
    reply(mail, id, "经查阅内部资料，补偿方案已公示，咨询电话13912345678。");
    approveOk(signedIn(port, "head"), id);
    approveOk(signedIn(port, "office"), id);
    PortalHttp secret = signedIn(port, "secret");
    String page = text(queue(secret));
    assertTrue(page.contains("须逐项写明可以发布的理由"), page);
    assertTrue(page.contains("name=\"ack:内部资料\"") && page.contains("name=\"ack:personal-data:mobile\""), page);
    HttpResponse<String> missing = approve(secret, id, Map.of());
    assertEquals(400, missing.statusCode(), missing.body());
    HttpResponse<String> half = approve(secret, id, Map.of("内部资料", "所引方案已公开"));
    assertEquals(400, half.statusCode(), "every finding needs its reason");
    assertEquals(404, new PortalHttp(port).get("/xinxiang/letter?id=" + id).statusCode(), "still held");
    HttpResponse<String> ok = approve(secret, id, Map.of("内部资料", "所引方案已公开", "personal-data:mobile", "为单位办公电话"));
    assertEquals(200, ok.statusCode(), ok.body());
    assertEquals(200, new PortalHttp(port).get("/xinxiang/letter?id=" + id).statusCode());
  }

  @Test
  void aStaleVersionIsA409Page() throws Exception {
    String id = letter(port, "户籍迁移手续");
    reply(signedIn(port, "mail"), id, "请携带户口簿到派出所办理。");
    PortalHttp head = signedIn(port, "head");
    ReviewFlow.Shown s = find(queue(head), "/editor/review", id);
    approveOk(head, id);
    HttpResponse<String> stale = signedIn(port, "office").post("/editor/review/" + s.id(), Map.of("decision", "approve",
        "opinion", "", "version", String.valueOf(s.version())));
    assertEquals(409, stale.statusCode(), stale.body());
    assertTrue(stale.body().contains("<title>操作未完成"), stale.body());
  }

  @Test
  void anArticleIsPublishedIntoItsColumnAndWithdrawalTakesItDown() throws Exception {
    String title = "县城区排水管网改造规划公示";
    PortalHttp writer = signedIn(port, "writer");
    PortalHttp office = signedIn(port, "office");
    String[] before = columnRow(office, "规划计划");
    HttpResponse<String> sent = writer.post("/editor/article", Map.of("column", "ghjh", "title", title,
        "body", "县城区排水管网改造规划现予公示，公示期三十日。"));
    assertEquals(200, sent.statusCode(), sent.body());
    assertTrue(text(sent.body()).contains("已送审：" + title));
    PortalHttp visitor = new PortalHttp(port);
    assertFalse(visitor.get("/").body().contains(title), "not public in review");
    String id = articleId(queue(signedIn(port, "head")), title);
    assertEquals(before[3], columnRow(office, "规划计划")[3], "no freshness event in review");

    approveOk(signedIn(port, "head"), id);
    approveOk(office, id);
    approveOk(signedIn(port, "secret"), id);
    assertTrue(visitor.get("/").body().contains(title), "on the home page");
    assertTrue(visitor.get("/column?id=ghjh").body().contains(title), "in its column");
    assertEquals(200, visitor.get("/article?id=" + id).statusCode());
    assertTrue(searchFinds(visitor, "排水管网改造", "/article?id=" + id), "indexed");
    String[] after = columnRow(office, "规划计划");
    assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), after[2], "the column's last publication is today");
    assertEquals(Integer.parseInt(before[3]) + 1, Integer.parseInt(after[3]));

    ReviewFlow.Shown w = find(queue(office), "/editor/withdraw", id);
    assertEquals(400, office.post("/editor/withdraw/" + w.id(), Map.of("reason", " ", "version",
        String.valueOf(w.version()))).statusCode(), "a withdrawal needs a reason");
    assertEquals(403, signedIn(port, "writer").post("/editor/withdraw/" + w.id(), Map.of("reason", "错误",
        "version", String.valueOf(w.version()))).statusCode());
    HttpResponse<String> down = signedIn(port, "office2").post("/editor/withdraw/" + w.id(), Map.of("reason", "规划尚未批复",
        "version", String.valueOf(w.version())));
    assertEquals(200, down.statusCode(), down.body());
    assertTrue(text(down.body()).contains("已撤稿"));
    assertFalse(visitor.get("/").body().contains(title), "off the home page");
    assertEquals(404, visitor.get("/article?id=" + id).statusCode());
    assertFalse(searchFinds(visitor, "排水管网改造", "/article?id=" + id), "out of search");
    assertEquals(before[3], columnRow(office, "规划计划")[3], "the freshness census forgets it");
    assertTrue(signedIn(port, "root").get("/editor/audit").body().contains(">withdraw<"));
  }

  @Test
  void theDashboardShowsTheQueueFiguresToReviewers() throws Exception {
    String id = letter(port, "公租房申请条件");
    reply(signedIn(port, "mail"), id, "符合条件的家庭可向县住建局申请。");
    String dashboard = text(signedIn(port, "head").get("/editor").body());
    assertTrue(dashboard.contains("审核队列") && dashboard.contains("用时中位数") && dashboard.contains("等待最久"), dashboard);
    assertTrue(Integer.parseInt(PortalHttp.byId(dashboard, "waiting-初审")) >= 1, dashboard);
    assertFalse(text(signedIn(port, "writer").get("/editor").body()).contains("用时中位数"), "only for reviewing roles");
  }

  /** The item id of the article titled {@code title} in a review queue (its subject is the article's id). */
  static String articleId(String queue, String title) {
    Matcher m = Pattern.compile("data-subject=\"([^\"]+)\"><input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"><fieldset><legend>初审意见")
        .matcher(queue.substring(queue.indexOf(title)));
    assertTrue(m.find(), queue);
    return m.group(1);
  }

  /** The dashboard's freshness row of a column: name, status, last published, item count. */
  static String[] columnRow(PortalHttp staff, String column) throws Exception {
    String html = staff.get("/editor").body();
    Matcher m = Pattern.compile("<tr><td>" + column + "</td><td>([^<]*)</td><td>([^<]*)</td><td>(\\d+)</td>").matcher(html);
    assertTrue(m.find(), html);
    return new String[] {column, m.group(1), m.group(2), m.group(3)};
  }
}
