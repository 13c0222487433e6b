package org.govsite.review;

import org.govsite.core.ConflictException;
import org.govsite.core.NotFoundException;
import org.govsite.core.support.Checks;

/** The checks every store makes before a write, and the exceptions they share. */
final class StoreChecks {
  private StoreChecks() {}

  static void first(ReviewItem item, ReviewEvent submitted) {
    Checks.notNull(item, "item");
    Checks.notNull(submitted, "submitted");
    Checks.argument(item.version() == 0, "item", "新稿件版本须为 0", "a new item must be version 0");
    matches(item, submitted);
  }

  static void next(ReviewItem next, ReviewEvent event) {
    Checks.notNull(next, "next");
    Checks.notNull(event, "event");
    Checks.argument(next.version() >= 1, "next", "更新后的版本须至少为 1", "an updated item is version 1 or later");
    matches(next, event);
  }

  static void lease(String id, String owner, java.time.Instant now, java.time.Instant until) {
    Checks.notNull(id, "id");
    Checks.notNull(owner, "owner");
    Checks.notNull(now, "now");
    Checks.notNull(until, "until");
    Checks.argument(!owner.isBlank() && owner.length() <= 200, "owner", "租约持有者须为 1–200 个字符",
        "the lease owner must be 1..200 characters");
    Checks.argument(until.isAfter(now), "until", "租约须在现在之后结束", "a lease must end after now");
  }

  private static void matches(ReviewItem item, ReviewEvent event) {
    Checks.argument(event.itemId().equals(item.id()), "event", "记录与稿件不符", "the entry is for another item");
    Checks.argument(event.seq() == item.version(), "event", "记录序号须等于稿件版本",
        "the entry's seq must equal the item's version " + item.version());
  }

  static NotFoundException notFound(String id) {
    return new NotFoundException(ReviewErrorCode.ITEM_NOT_FOUND, "没有该稿件 / no review item with id " + id);
  }

  static ConflictException exists(String id) {
    return new ConflictException(ReviewErrorCode.ITEM_EXISTS, "稿件编号已存在 / a review item with id " + id + " exists");
  }

  static ConflictException changed(String id) {
    return new ConflictException(ReviewErrorCode.ITEM_CHANGED,
        "稿件已被他人处理，请刷新后再试 / review item " + id + " was changed by someone else first: read it again and retry");
  }
}
