package org.govsite.examples;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govsite.core.site.FreshnessEvent;
import org.govsite.interaction.Letter;
import org.govsite.interaction.LetterState;
import org.govsite.interaction.PublicationDecision;
import org.govsite.interaction.Transition;
import org.govsite.review.ItemKind;
import org.govsite.review.PublicationListener;
import org.govsite.review.ReviewItem;
import org.govsite.review.ReviewState;
import org.govsite.review.ReviewStore;
import org.govsite.search.ContentKind;
import org.govsite.search.SearchDocument;

/**
 * What the portal does when the review workflow publishes or withdraws an item (发布联动), beside
 * the review module's {@link org.govsite.review.FreshnessListener}: the article's page and search
 * document, and a letter's reply. Each may be told the same thing twice (a claim a crash left is
 * run again at start by {@link org.govsite.review.ReviewWorkflow#resumeInterrupted()}), or be told
 * to undo ({@link PublicationListener#UNDONE}), so each step checks what is already done.
 * {@link #converge} makes the article table match the review store at start, for the one case a
 * resumption does not cover: an undo that failed.
 */
final class ReviewPublishing {
  /** Who the mailbox history names for the publication decisions taken by the three-level review. */
  static final String SIGNED_OFF_BY = "三审签发";

  private ReviewPublishing() {}

  /** An article's page (the column list, the home page) and its search document; articles only. */
  static final class Articles implements PublicationListener {
    private final PortalContext ctx;

    Articles(PortalContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public void published(ReviewItem item) {
      if (item.draft().kind() != ItemKind.ARTICLE) {
        return;
      }
      Tables.Article a = article(item);
      LocalDateTime at = a.published();
      ctx.tables.putArticle(a);
      // The home page lists the newest items of every column: it changed too.
      ctx.freshness().record(FreshnessEvent.homePageUpdated(ctx.site.code(), at));
      ctx.searchChanged(a.id());
    }

    @Override
    public void withdrawn(ReviewItem item, String reason) {
      if (item.draft().kind() != ItemKind.ARTICLE) {
        return;
      }
      ctx.tables.removeArticle(item.draft().subjectId());
      ctx.searchChanged(item.draft().subjectId());
    }
  }

  /** The column item a published article item stands for, dated with the decision in Beijing time. */
  static Tables.Article article(ReviewItem item) {
    LocalDateTime at = LocalDateTime.ofInstant(item.updated(), PortalContext.BEIJING).withNano(0);
    return new Tables.Article(item.draft().subjectId(), item.draft().columnId(), item.draft().title(), item.draft().body(), at);
  }

  /**
   * Makes {@code portal_article} match the review store (发布状态核对), at start, before freshness and
   * search are derived from it: an article item that is {@link ReviewState#PUBLISHED} has its column
   * item, one in review, returned or withdrawn has none. The claimed states are left to
   * {@link org.govsite.review.ReviewWorkflow#resumeInterrupted()}, which runs after. Column items no
   * review item names (the seeded ones) are not touched. Only an undo that failed can leave such a
   * mismatch (say the database refused the delete of a publication being undone while the review
   * store took the write-back); a crash between claim and outcome leaves a claim, which is resumed.
   *
   * @return the ids of the column items put back or removed
   */
  static List<String> converge(Tables tables, ReviewStore store) {
    Set<String> live = new HashSet<>();
    tables.articles().forEach(a -> live.add(a.id()));
    List<String> changed = new ArrayList<>();
    for (ReviewState state : ReviewState.values()) {
      if (state.claimed()) {
        continue;
      }
      for (ReviewItem item : store.list(state)) {
        if (item.draft().kind() != ItemKind.ARTICLE) {
          continue;
        }
        String id = item.draft().subjectId();
        if (state == ReviewState.PUBLISHED && !live.contains(id)) {
          tables.putArticle(article(item));
          changed.add(id);
        } else if (state != ReviewState.PUBLISHED && live.contains(id) && !publishedElsewhere(store, item)) {
          tables.removeArticle(id);
          changed.add(id);
        }
      }
    }
    return changed;
  }

  /** Whether another article item with the same column item id is published (an id is not reused, but be sure). */
  private static boolean publishedElsewhere(ReviewStore store, ReviewItem item) {
    return store.list(ReviewState.PUBLISHED).stream()
        .anyMatch(p -> p.draft().kind() == ItemKind.ARTICLE && p.draft().subjectId().equals(item.draft().subjectId()));
  }

  /** Returns the search document of a column item (the same at a rebuild as at publication). */
  static SearchDocument document(PortalContext ctx, Tables.Article a) {
    return SearchDocument.builder(a.id(), ContentKind.ARTICLE, a.title()).body(a.body())
        .url("/article?id=" + a.id()).column(ctx.site.column(a.columnId()).map(c -> c.name()).orElse(a.columnId()))
        .organ("某县人民政府办公室").date(a.published().toLocalDate()).build();
  }

  /**
   * A letter's reply: on publication the mailbox steps {@code /editor/reply} used to take at once
   * (accept if needed, reply with the approved text, decide to publish and publish unless the
   * writer asked for privacy, index). A withdrawal, or an undo, decides to withhold the letter (the
   * mailbox's way of taking a published letter down) and removes it from search; the reply itself
   * stays with the writer. A second {@code published} skips the steps already taken, and publishes
   * an undone letter again by deciding to publish it.
   */
  static final class LetterReplies implements PublicationListener {
    private final PortalContext ctx;

    LetterReplies(PortalContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public void published(ReviewItem item) {
      if (item.draft().kind() != ItemKind.LETTER_REPLY) {
        return;
      }
      Letter l = letter(item);
      LocalDateTime now = at(l);
      if (l.state() == LetterState.RECEIVED) {
        l = ctx.mailbox.act(l.id(), l.version(), Transition.accept(item.author(), now));
      }
      if (l.state() == LetterState.ACCEPTED || l.state() == LetterState.ASSIGNED || l.state() == LetterState.EXTENDED) {
        l = ctx.mailbox.act(l.id(), l.version(), Transition.reply(item.author(), now, item.draft().body()));
      }
      if (l.writerWantsPrivacy()) {
        return;
      }
      if (l.publication() != PublicationDecision.PUBLISH) {
        l = ctx.mailbox.act(l.id(), l.version(), Transition.decidePublication(SIGNED_OFF_BY, now, true, "答复具有普遍性，经三审签发"));
      }
      if (!l.published()) {
        l = ctx.mailbox.act(l.id(), l.version(), Transition.publish(SIGNED_OFF_BY, now));
      }
      ctx.searchChanged(l.id());
    }

    @Override
    public void withdrawn(ReviewItem item, String reason) {
      if (item.draft().kind() != ItemKind.LETTER_REPLY) {
        return;
      }
      Letter l = letter(item);
      if (l.publication() == PublicationDecision.PUBLISH) {
        ctx.mailbox.act(l.id(), l.version(), Transition.decidePublication(SIGNED_OFF_BY, at(l), false, reason));
      }
      ctx.searchChanged(l.id());
    }

    private Letter letter(ReviewItem item) {
      String id = item.draft().subjectId();
      return ctx.mailbox.find(id).orElseThrow(() -> new org.govsite.core.NotFoundException(org.govsite.interaction.MailboxErrorCode.LETTER_NOT_FOUND,
          "没有这封来信 / no letter " + id));
    }

    /** Now, or the letter's last recorded time when the clock says earlier (a history never runs backwards). */
    private LocalDateTime at(Letter l) {
      LocalDateTime now = ctx.now();
      LocalDateTime last = l.history().isEmpty() ? l.received() : l.history().get(l.history().size() - 1).at();
      return now.isBefore(last) ? last : now;
    }
  }
}
