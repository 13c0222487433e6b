package org.govsite.review;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * What an author submits for review (送审稿): the kind, the id of the thing it publishes (an
 * article's address, a letter id, a 索引号, a report year), its column when it has one, the title
 * and the body.
 *
 * @param kind what is reviewed
 * @param subjectId the stable id of the published thing in the host's own terms; the freshness
 *     listener uses it as the column item's id
 * @param columnId the column it is published in, {@code ""} for none
 * @param title the title, not blank, at most {@value #MAX_TITLE} characters
 * @param body the text that is screened and published, at most {@value #MAX_BODY} characters
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Draft(ItemKind kind, String subjectId, String columnId, String title, String body) {
  /** The longest title accepted. */
  public static final int MAX_TITLE = 500;
  /** The longest body accepted (one million characters). */
  public static final int MAX_BODY = 1_000_000;
  /** The longest subject or column id accepted. */
  public static final int MAX_ID = 200;

  /** Validates the components, naming the field at fault. */
  public Draft {
    Checks.notNull(kind, "kind");
    Checks.notNull(subjectId, "subjectId");
    Checks.notNull(columnId, "columnId");
    Checks.notNull(title, "title");
    Checks.notNull(body, "body");
    Checks.argument(!subjectId.isBlank() && subjectId.length() <= MAX_ID, "subjectId", "不能为空且不超过 200 字符",
        "is required, at most 200 characters");
    Checks.argument(columnId.length() <= MAX_ID, "columnId", "不超过 200 字符", "at most 200 characters");
    Checks.argument(!title.isBlank() && title.length() <= MAX_TITLE, "title", "标题不能为空且不超过 500 字符",
        "is required, at most 500 characters");
    Checks.argument(body.length() <= MAX_BODY, "body", "正文不超过 1000000 字符", "at most 1000000 characters");
  }

  /** Returns a draft that belongs to no column (a letter reply, a catalogue entry, a report). */
  public static Draft of(ItemKind kind, String subjectId, String title, String body) {
    return new Draft(kind, subjectId, "", title, body);
  }

  /** Returns a draft published in column {@code columnId} (an article). */
  public static Draft of(ItemKind kind, String subjectId, String columnId, String title, String body) {
    return new Draft(kind, subjectId, columnId, title, body);
  }

  /** Returns whether the draft belongs to a column. */
  public boolean hasColumn() {
    return !columnId.isEmpty();
  }

  /** Returns this draft with another title and body: what a resubmission changes. */
  public Draft withText(String newTitle, String newBody) {
    return new Draft(kind, subjectId, columnId, newTitle, newBody);
  }
}
