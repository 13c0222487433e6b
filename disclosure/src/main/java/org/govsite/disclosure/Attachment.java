package org.govsite.disclosure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.govsite.core.support.Checks;

/**
 * A file attached to a catalogue entry (附件): its title and its address.
 *
 * @param title the title shown to readers
 * @param url the address, absolute or relative to the site
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Attachment(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 2000) String url) {
  /** Checks both parts. */
  public Attachment {
    Checks.argument(title != null && !title.isBlank() && title.length() <= 300, "attachments.title",
        "附件标题不能为空且不超过300字", "the attachment title must be 1–300 characters");
    Checks.argument(url != null && !url.isBlank() && url.length() <= 2000 && url.codePoints().noneMatch(Character::isWhitespace),
        "attachments.url", "附件地址不能为空、不能含空白", "the attachment address must be non-blank, without spaces");
  }
}
