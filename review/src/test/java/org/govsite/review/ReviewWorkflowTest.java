package org.govsite.review;

import static org.govsite.review.Fixture.APPROVER;
import static org.govsite.review.Fixture.AUTHOR;
import static org.govsite.review.Fixture.REVIEWER;
import static org.govsite.review.Fixture.SECRECY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.govsite.core.AccessDeniedException;
import org.govsite.core.ConflictException;
import org.govsite.core.ErrorCategory;
import org.govsite.core.GovSiteException;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.site.Column;
import org.govsite.core.site.ColumnKind;
import org.govsite.core.site.FreshnessPolicy;
import org.govsite.core.site.FreshnessTracker;
import org.govsite.core.site.Site;
import org.govsite.core.testkit.ManualClock;
import org.junit.jupiter.api.Test;

/** The review rules of RULES §5 (seed 000, 篇十) on the in-memory store, one rule per test. */
class ReviewWorkflowTest {
  private final ManualClock clock = Fixture.clock();
  private final List<String> calls = new ArrayList<>();
  private final PublicationListener recorder = new PublicationListener() {
    @Override
    public void published(ReviewItem item) {
      calls.add("published " + item.id() + " " + item.state().code());
    }

    @Override
    public void withdrawn(ReviewItem item, String reason) {
      calls.add("withdrawn " + item.id() + " " + reason);
    }
  };
  private final ReviewWorkflow wf = Fixture.workflow(ReviewStore.inMemory(), clock).listener(recorder).build();

  private static final Draft ARTICLE = Draft.of(ItemKind.ARTICLE, "/xwzx/2026/1.html", "xwzx", "县政府召开常务会议", "会议研究了春耕工作。");

  private ReviewItem throughAllStages(ReviewItem item) {
    item = wf.approve(REVIEWER, item.id(), item.version(), "同意");
    item = wf.approve(APPROVER, item.id(), item.version(), "同意");
    return wf.approve(SECRECY, item.id(), item.version(), "不涉密");
  }

  @Test
  void anItemIsPublishedOnlyWhenTheLastStageApproves() {
    ReviewItem item = wf.submit(AUTHOR, ARTICLE);
    assertEquals(ReviewState.IN_REVIEW, item.state());
    assertEquals("初审", wf.waitingStage(item).orElseThrow().name());
    item = wf.approve(REVIEWER, item.id(), item.version(), "同意");
    item = wf.approve(APPROVER, item.id(), item.version(), "");
    assertEquals(ReviewState.IN_REVIEW, item.state());
    assertEquals(List.of(), calls, "nothing public before the last stage");
    item = wf.approve(SECRECY, item.id(), item.version(), "不涉密");
    assertEquals(ReviewState.PUBLISHED, item.state());
    assertEquals(3, item.approvedStages());
    assertEquals(List.of("published RV-1 published"), calls);
    List<ReviewEvent> h = wf.history(item.id());
    // The last approval claims the publication; the outcome follows once every listener ran.
    assertEquals(List.of(Decision.SUBMITTED, Decision.APPROVED, Decision.APPROVED, Decision.APPROVED, Decision.PUBLISHED),
        h.stream().map(ReviewEvent::decision).toList());
    assertEquals(List.of("", "初审", "复审", "终审", ""), h.stream().map(ReviewEvent::stage).toList());
    assertEquals(List.of("编辑小王", "科长老李", "主任老张", "保密员老赵", "保密员老赵"), h.stream().map(ReviewEvent::actor).toList());
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), h.stream().map(ReviewEvent::seq).toList());
    assertEquals(item, wf.find(item.id()).orElseThrow());
  }

  @Test
  void eachStageNeedsItsRole() {
    ReviewItem item = wf.submit(AUTHOR, ARTICLE);
    AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> wf.approve(APPROVER, "RV-1", 0, "越级"));
    assertEquals(ReviewErrorCode.ROLE_REQUIRED, e.code());
    assertEquals(ErrorCategory.FORBIDDEN, e.category());
    assertEquals(item, wf.find("RV-1").orElseThrow(), "nothing changed");
  }

  @Test
  void theAuthorNeverSignsTheirOwnItem() {
    Actor editorWhoReviews = Actor.of("编辑小王", "editor", ReviewStages.REVIEWER);
    ReviewItem item = wf.submit(editorWhoReviews, ARTICLE);
    assertEquals(ReviewErrorCode.OWN_ITEM, assertThrows(AccessDeniedException.class,
        () -> wf.approve(editorWhoReviews, item.id(), 0, "")).code());
    assertEquals(List.of(), wf.queue(editorWhoReviews));
  }

  @Test
  void onePersonSignsOneStageOfAnItemAlsoAcrossResubmissions() {
    Actor both = Actor.of("多面手", ReviewStages.REVIEWER, ReviewStages.APPROVER);
    ReviewItem item = wf.submit(AUTHOR, ARTICLE);
    item = wf.approve(both, item.id(), item.version(), "同意");
    long v = item.version();
    assertEquals(ReviewErrorCode.OTHER_STAGE_SIGNED, assertThrows(AccessDeniedException.class,
        () -> wf.approve(both, "RV-1", v, "")).code());
    assertEquals(List.of(), wf.queue(both));
    item = wf.reject(APPROVER, item.id(), item.version(), "数据需核实");
    item = wf.resubmit(AUTHOR, item.id(), item.version(), ARTICLE.title(), "会议研究了春耕备耕工作。");
    item = wf.approve(both, item.id(), item.version(), "同意", Map.of()); // the same stage again: allowed
    assertEquals(1, item.approvedStages());
    long v2 = item.version();
    assertEquals(ReviewErrorCode.OTHER_STAGE_SIGNED, assertThrows(AccessDeniedException.class,
        () -> wf.approve(both, "RV-1", v2, "")).code(), "still not a second stage in round 2");
  }

  @Test
  void aRejectionReturnsTheItemWithTheOpinionAndOnlyTheAuthorResubmits() {
    ReviewItem item = wf.submit(AUTHOR, ARTICLE);
    assertEquals("opinion", assertThrows(InvalidInputException.class, () -> wf.reject(REVIEWER, "RV-1", 0, " ")).field());
    item = wf.reject(REVIEWER, item.id(), item.version(), " 标题不准确 ");
    assertEquals(ReviewState.RETURNED, item.state());
    assertEquals("标题不准确", wf.history(item.id()).get(1).opinion());
    long v = item.version();
    assertEquals(ReviewErrorCode.WRONG_STATE, assertThrows(ConflictException.class, () -> wf.approve(REVIEWER, "RV-1", v, "")).code());
    assertEquals(ReviewErrorCode.NOT_AUTHOR, assertThrows(AccessDeniedException.class,
        () -> wf.resubmit(REVIEWER, "RV-1", v, "新标题", "正文")).code());
    item = wf.resubmit(AUTHOR, item.id(), item.version(), "县政府召开第5次常务会议", "会议研究了春耕工作。");
    assertEquals(ReviewState.IN_REVIEW, item.state());
    assertEquals(2, item.round());
    assertEquals(0, item.approvedStages());
    assertEquals("县政府召开第5次常务会议", item.draft().title());
    assertEquals(ReviewState.PUBLISHED, throughAllStages(item).state());
  }

  @Test
  void blockFindingsStopSubmissionResubmissionAndApproval() {
    GovSiteException e = assertThrows(GovSiteException.class, () -> wf.submit(AUTHOR, ARTICLE.withText("本攻府通知", "正文")));
    assertEquals(ReviewErrorCode.CONTENT_BLOCKED, e.code());
    assertEquals(ErrorCategory.CONTENT_REJECTED, e.category());
    ReviewItem item = wf.reject(REVIEWER, wf.submit(AUTHOR, ARTICLE).id(), 0, "改");
    long v = item.version();
    assertEquals(ReviewErrorCode.CONTENT_BLOCKED, assertThrows(GovSiteException.class,
        () -> wf.resubmit(AUTHOR, "RV-1", v, "标题", "本攻府通知")).code());
    // A stricter screener installed while the item waits: the next approval is refused.
    ReviewStore store = ReviewStore.inMemory();
    ReviewWorkflow lax = Fixture.workflow(store, clock).screener(org.govsite.core.screening.Screener.builder()
        .categories(Set.of(org.govsite.core.screening.Category.PERSONAL_DATA)).build()).build();
    ReviewItem held = lax.submit(AUTHOR, ARTICLE.withText("本攻府通知", "正文"));
    ReviewWorkflow strict = Fixture.workflow(store, clock).build();
    assertEquals(ReviewErrorCode.CONTENT_BLOCKED, assertThrows(GovSiteException.class,
        () -> strict.approve(REVIEWER, held.id(), 0, "")).code());
  }

  @Test
  void reviewFindingsMustEachBeAcknowledgedWithAReasonByTheSecrecyStage() {
    ReviewItem item = wf.submit(AUTHOR, ARTICLE.withText("工作动态", "本文引用内部资料。咨询电话13812345678。"));
    List<String> rules = wf.reviewFindings(item.id()).stream().map(f -> f.rule()).distinct().sorted().toList();
    assertEquals(2, rules.size(), rules.toString());
    item = wf.approve(REVIEWER, item.id(), item.version(), "");
    long v1 = item.version();
    assertEquals("acknowledgements", assertThrows(InvalidInputException.class,
        () -> wf.approve(APPROVER, "RV-1", v1, "", Map.of(rules.get(0), "可以公开"))).field(), "only the secrecy stage acknowledges");
    item = wf.approve(APPROVER, item.id(), item.version(), "");
    long v2 = item.version();
    InvalidInputException missing = assertThrows(InvalidInputException.class, () -> wf.approve(SECRECY, "RV-1", v2, ""));
    assertEquals(ReviewErrorCode.ACKNOWLEDGEMENT_MISSING, missing.code());
    assertEquals(ReviewErrorCode.ACKNOWLEDGEMENT_MISSING, assertThrows(InvalidInputException.class,
        () -> wf.approve(SECRECY, "RV-1", v2, "", Map.of(rules.get(0), "已脱密", rules.get(1), " "))).code(), "a blank reason");
    assertEquals(ReviewErrorCode.ACKNOWLEDGEMENT_MISSING, assertThrows(InvalidInputException.class,
        () -> wf.approve(SECRECY, "RV-1", v2, "", Map.of(rules.get(0), "a", rules.get(1), "b", "不存在", "c"))).code());
    assertEquals(List.of(), calls, "not published while findings are unacknowledged");
    item = wf.approve(SECRECY, item.id(), v2, "同意发布", Map.of(rules.get(0), "已脱密处理", rules.get(1), "为单位办公电话"));
    assertEquals(ReviewState.PUBLISHED, item.state());
    assertEquals(Map.of(rules.get(0), "已脱密处理", rules.get(1), "为单位办公电话"), wf.history(item.id()).get(3).acknowledgements());
  }

  @Test
  void aStageAfterTheSecrecyReviewRefusesFindingsItDidNotAcknowledge() {
    ReviewStages secrecyFirst = ReviewStages.of(new ReviewStage("保密审查", ReviewStages.SECRECY, true),
        ReviewStage.of("终审", ReviewStages.APPROVER));
    ReviewStore store = ReviewStore.inMemory();
    ReviewWorkflow lax = Fixture.workflow(store, clock).stages(secrecyFirst).screener(org.govsite.core.screening.Screener.builder()
        .categories(Set.of(org.govsite.core.screening.Category.WORDING_ERROR)).build()).build();
    ReviewItem item = lax.submit(AUTHOR, ARTICLE.withText("动态", "引用内部资料"));
    item = lax.approve(SECRECY, item.id(), 0, "");
    ReviewWorkflow strict = Fixture.workflow(store, clock).stages(secrecyFirst).build();
    long v = item.version();
    assertEquals(ReviewErrorCode.FINDINGS_UNACKNOWLEDGED, assertThrows(ConflictException.class,
        () -> strict.approve(APPROVER, "RV-1", v, "")).code());
  }

  @Test
  void aStaleVersionIsAConflictAndChangesNothing() {
    ReviewItem item = wf.submit(AUTHOR, ARTICLE);
    wf.approve(REVIEWER, item.id(), 0, "");
    ConflictException e = assertThrows(ConflictException.class, () -> wf.reject(APPROVER, "RV-1", 0, "旧页面"));
    assertEquals(ReviewErrorCode.ITEM_CHANGED, e.code());
    assertEquals(2, wf.history("RV-1").size());
    assertEquals(ReviewErrorCode.ITEM_NOT_FOUND, assertThrows(GovSiteException.class, () -> wf.approve(REVIEWER, "nope", 0, "")).code());
  }

  @Test
  void withdrawalNeedsAPublishedItemAReasonAndTheRole() {
    ReviewItem item = wf.submit(AUTHOR, ARTICLE);
    assertEquals(ReviewErrorCode.WRONG_STATE, assertThrows(ConflictException.class,
        () -> wf.withdraw(APPROVER, "RV-1", 0, "错误")).code());
    item = throughAllStages(item);
    long v = item.version();
    assertEquals("reason", assertThrows(InvalidInputException.class, () -> wf.withdraw(APPROVER, "RV-1", v, "")).field());
    assertEquals(ReviewErrorCode.ROLE_REQUIRED, assertThrows(AccessDeniedException.class,
        () -> wf.withdraw(AUTHOR, "RV-1", v, "有误")).code());
    item = wf.withdraw(APPROVER, item.id(), v, "数据有误");
    assertEquals(ReviewState.WITHDRAWN, item.state());
    assertEquals(List.of("published RV-1 published", "withdrawn RV-1 数据有误"), calls);
    assertEquals(Decision.WITHDRAWN, wf.history("RV-1").get(5).decision());
    assertEquals("数据有误", wf.history("RV-1").get(5).opinion());
    assertEquals(Decision.TAKEN_DOWN, wf.history("RV-1").get(6).decision());
  }

  @Test
  void publishingAnArticleDrivesColumnFreshness() {
    WebsiteCode code = WebsiteCode.parse("4300000077");
    FreshnessTracker tracker = FreshnessTracker.create()
        .addSite(Site.builder("某县人民政府", code).column(Column.of("xwzx", "新闻中心", ColumnKind.NEWS)).build());
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    ReviewWorkflow w = Fixture.workflow(ReviewStore.inMemory(), clock).listener(FreshnessListener.of(tracker, code, zone)).build();
    ReviewItem item = w.submit(AUTHOR, ARTICLE);
    clock.advance(Duration.ofHours(2));
    item = w.approve(REVIEWER, item.id(), item.version(), "");
    item = w.approve(APPROVER, item.id(), item.version(), "");
    item = w.approve(SECRECY, item.id(), item.version(), "");
    LocalDateTime at = LocalDateTime.ofInstant(item.updated(), zone);
    assertEquals(1, tracker.evaluate(code, at.plusDays(1), FreshnessPolicy.national()).columns().get(0).itemCount());
    w.withdraw(APPROVER, item.id(), item.version(), "重复发布");
    assertEquals(0, tracker.evaluate(code, at.plusDays(1), FreshnessPolicy.national()).columns().get(0).itemCount());
  }

  @Test
  void queueAndStatisticsFollowTheStages() {
    ReviewItem a = wf.submit(AUTHOR, ARTICLE);
    clock.advance(Duration.ofMinutes(10));
    ReviewItem b = wf.submit(AUTHOR, Draft.of(ItemKind.LETTER_REPLY, "XX-1", "关于路灯的答复", "已修复。"));
    clock.advance(Duration.ofMinutes(20));
    a = wf.approve(REVIEWER, a.id(), 0, "");
    assertEquals(List.of(b.id()), wf.queue(REVIEWER).stream().map(ReviewItem::id).toList());
    assertEquals(List.of(a.id()), wf.queue(APPROVER).stream().map(ReviewItem::id).toList());
    assertEquals(List.of(), wf.queue(SECRECY));
    clock.advance(Duration.ofMinutes(30));
    QueueStatistics s = wf.statistics();
    assertEquals(List.of(1, 1, 0), s.stages().stream().map(StageStatistics::waiting).toList());
    assertEquals(2, s.waiting());
    assertEquals(Duration.ofMinutes(30), s.stages().get(0).medianTime());
    assertEquals(1, s.stages().get(0).decisions());
    assertEquals("RV-2", s.oldestItemId().orElseThrow());
    assertEquals(Duration.ofMinutes(50), s.oldestWaiting());
  }

  @Test
  void theActorComesFromTheHostsSecurityContext() {
    Principal p = () -> "科长老李";
    SecurityContext ctx = new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return p;
      }

      @Override
      public boolean isUserInRole(String role) {
        return role.equals(ReviewStages.REVIEWER) || role.equals("admin");
      }

      @Override
      public boolean isSecure() {
        return true;
      }

      @Override
      public String getAuthenticationScheme() {
        return FORM_AUTH;
      }
    };
    Actor a = Actor.signedIn(Optional.ofNullable(ctx.getUserPrincipal()), ctx::isUserInRole, List.of(ReviewStages.REVIEWER, ReviewStages.APPROVER, ReviewStages.SECRECY));
    assertEquals(new Actor("科长老李", Set.of(ReviewStages.REVIEWER)), a);
    assertTrue(a.has(ReviewStages.REVIEWER));
    assertFalse(a.has("admin"), "only the roles asked about");
    SecurityContext anonymous = new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return null;
      }

      @Override
      public boolean isUserInRole(String role) {
        return false;
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return BASIC_AUTH;
      }
    };
    AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> Actor.signedIn(Optional.ofNullable(anonymous.getUserPrincipal()), anonymous::isUserInRole, List.of("reviewer")));
    assertEquals(ErrorCategory.UNAUTHENTICATED, e.category());
    assertEquals(a, Actor.of(p, Set.of(ReviewStages.REVIEWER)));
  }

  @Test
  void settingsAreCheckedAsTheyAreGiven() {
    assertEquals("store", assertThrows(InvalidInputException.class, () -> ReviewWorkflow.builder().build()).field());
    assertEquals("withdrawalRole", assertThrows(InvalidInputException.class, () -> ReviewWorkflow.builder().withdrawalRole(" ")).field());
    assertEquals("stages", assertThrows(InvalidInputException.class,
        () -> ReviewStages.of(ReviewStage.of("初审", "reviewer"))).field(), "no secrecy review");
    assertEquals("stages", assertThrows(InvalidInputException.class,
        () -> ReviewStages.of(new ReviewStage("a", "r", true), new ReviewStage("a", "s", false))).field());
    assertEquals("title", assertThrows(InvalidInputException.class, () -> Draft.of(ItemKind.ARTICLE, "a", " ", "")).field());
  }
}
