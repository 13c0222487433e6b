package org.govsite.core.site;

import org.govsite.core.InvalidInputException;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.identifiers.WebsiteCode;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDateTime;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A publication event (发布事件) that feeds a {@link FreshnessTracker}: an item appears in a column,
 * is updated (its publication time corrected) or withdrawn, or the home page is updated.
 *
 * <p>Times are Beijing wall-clock times kept to the second. For {@code APPEAR} and {@code UPDATE},
 * {@code at} is the item's publication time; for {@code WITHDRAW} it is when the item was taken
 * down; for {@code HOME_PAGE_UPDATE} it is when the home page changed.
 *
 * @param type what happened
 * @param site the site's 网站标识码
 * @param columnId the column's id ({@code ""} for a home-page update)
 * @param itemId the item's stable id within its column, e.g. its address ({@code ""} for a home-page update)
 * @param title the item's title (may be empty; not kept by the tracker)
 * @param at the time of the event, see above
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FreshnessEvent(Type type, WebsiteCode site, String columnId, String itemId, String title, LocalDateTime at) {

  /** What a publication event records (事件类型). */
  @API(status = EXPERIMENTAL, since = "0.1")
  public enum Type {
    /** 发布: a new item appears in a column; re-sending the same item is harmless. */
    APPEAR,
    /** 修改: an item's publication time is corrected; an update is never a new item. */
    UPDATE,
    /** 撤下: an item is withdrawn and no longer counts from then on. */
    WITHDRAW,
    /** 首页更新: the home page changed. */
    HOME_PAGE_UPDATE
  }

  /** Validates the components. */
  public FreshnessEvent {
    Checks.notNull(type, "type");
    Checks.notNull(site, "site");
    Checks.notNull(columnId, "columnId");
    Checks.notNull(itemId, "itemId");
    Checks.notNull(title, "title");
    Checks.notNull(at, "at");
    if (at.toLocalDate().isBefore(WorkingDayCalendar.SUPPORTED_FROM) || at.toLocalDate().isAfter(WorkingDayCalendar.SUPPORTED_TO)) {
      throw new InvalidInputException("at", "时间超出支持范围 / time outside " + WorkingDayCalendar.SUPPORTED_FROM + "–"
          + WorkingDayCalendar.SUPPORTED_TO + ": " + at);
    }
    if (type != Type.HOME_PAGE_UPDATE) {
      Checks.argument(!columnId.isBlank(), "columnId", "栏目标识不能为空", "a column id is required");
      Checks.argument(!itemId.isBlank(), "itemId", "信息标识不能为空", "an item id is required");
    }
  }

  /** Returns an event: item {@code itemId} titled {@code title} published in a column at {@code published}. */
  public static FreshnessEvent appear(WebsiteCode site, String columnId, String itemId, String title, LocalDateTime published) {
    return new FreshnessEvent(Type.APPEAR, site, columnId, itemId, title, published);
  }

  /** Returns an event: the publication time of item {@code itemId} is corrected to {@code published}. */
  public static FreshnessEvent update(WebsiteCode site, String columnId, String itemId, LocalDateTime published) {
    return new FreshnessEvent(Type.UPDATE, site, columnId, itemId, "", published);
  }

  /** Returns an event: item {@code itemId} is withdrawn at {@code withdrawn}. */
  public static FreshnessEvent withdraw(WebsiteCode site, String columnId, String itemId, LocalDateTime withdrawn) {
    return new FreshnessEvent(Type.WITHDRAW, site, columnId, itemId, "", withdrawn);
  }

  /** Returns an event: the site's home page was updated at {@code updated}. */
  public static FreshnessEvent homePageUpdated(WebsiteCode site, LocalDateTime updated) {
    return new FreshnessEvent(Type.HOME_PAGE_UPDATE, site, "", "", "", updated);
  }
}
