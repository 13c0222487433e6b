package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.identifiers.WebsiteCode;
import org.govsite.core.site.FreshnessEvent;
import org.govsite.core.site.FreshnessTracker;
import org.govsite.core.support.Checks;

/**
 * A publication listener that keeps column freshness true (栏目更新联动): publishing an
 * {@link ItemKind#ARTICLE} that has a column records {@link FreshnessEvent#appear} in a
 * {@link FreshnessTracker}, withdrawing it records {@link FreshnessEvent#withdraw}. The column item's
 * id is the draft's {@link Draft#subjectId()}; the time is the decision's, in the site's zone.
 * Other kinds, and articles without a column, are left alone.
 *
 * <p>A column the tracker does not know makes the tracker throw, and so the publication fails
 * (see {@link PublicationListener}): an article is not published into a column nobody monitors.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FreshnessListener implements PublicationListener {
  private final FreshnessTracker tracker;
  private final WebsiteCode site;
  private final ZoneId zone;

  private FreshnessListener(FreshnessTracker tracker, WebsiteCode site, ZoneId zone) {
    this.tracker = tracker;
    this.site = site;
    this.zone = zone;
  }

  /** Returns a listener recording the articles of {@code site} in {@code tracker}, dated in {@code zone} (e.g. Asia/Shanghai). */
  public static FreshnessListener of(FreshnessTracker tracker, WebsiteCode site, ZoneId zone) {
    return new FreshnessListener(Checks.notNull(tracker, "tracker"), Checks.notNull(site, "site"), Checks.notNull(zone, "zone"));
  }

  @Override
  public void published(ReviewItem item) {
    if (applies(item)) {
      Draft d = item.draft();
      tracker.record(FreshnessEvent.appear(site, d.columnId(), d.subjectId(), d.title(), at(item)));
    }
  }

  /**
   * Records the withdrawal. An item the tracker does not hold online is already down: told twice,
   * or told again after a restart whose tracker never saw it (its column items are loaded from what
   * is online), so this does nothing then, as the listener contract asks.
   */
  @Override
  public void withdrawn(ReviewItem item, String reason) {
    if (applies(item)) {
      try {
        tracker.record(FreshnessEvent.withdraw(site, item.draft().columnId(), item.draft().subjectId(), at(item)));
      } catch (InvalidInputException e) {
        if (!"itemId".equals(e.field())) {
          throw e;
        }
      }
    }
  }

  private static boolean applies(ReviewItem item) {
    return item.draft().kind() == ItemKind.ARTICLE && item.draft().hasColumn();
  }

  private LocalDateTime at(ReviewItem item) {
    return LocalDateTime.ofInstant(item.updated(), zone);
  }
}
