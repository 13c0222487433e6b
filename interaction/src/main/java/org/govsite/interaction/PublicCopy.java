package org.govsite.interaction;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * The redacted public copy of a letter (公开稿) that staff edit before publishing.
 *
 * @param subject the public subject
 * @param body the public question
 * @param reply the public reply ("" to show the reply as given)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PublicCopy(String subject, String body, String reply) {
  /** Checks that no component is null and the subject is not blank. */
  public PublicCopy {
    Checks.notNull(subject, "publicCopy.subject");
    Checks.argument(!subject.isBlank(), "publicCopy.subject", "公开稿标题不能为空", "the public subject is required");
    Checks.notNull(body, "publicCopy.body");
    Checks.notNull(reply, "publicCopy.reply");
  }
}
