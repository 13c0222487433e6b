package org.govsite.interaction.render;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apache.commons.text.StringEscapeUtils;
import org.apiguardian.api.API;
import org.govsite.interaction.PublicLetter;

/**
 * Renders a published letter (公开信件) as HTML for the public pages: question and reply with
 * every value escaped, line breaks kept.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PublicLetterRenderer {
  private PublicLetterRenderer() {}

  /** Returns the letter as an HTML fragment ({@code <article class="govsite-letter">}) with every value escaped. */
  public static String html(PublicLetter l) {
    return "<article class=\"govsite-letter\" data-id=\"" + esc(l.id()) + "\">"
        + "<h3>" + esc(l.subject()) + "</h3>"
        + "<p class=\"meta\">" + esc(l.mailbox()) + " · " + esc(l.type().chinese()) + " · 来信日期 " + l.received()
        + " · 答复日期 " + l.replied() + " · " + esc(l.department()) + "</p>"
        + "<div class=\"question\">" + esc(l.body()).replace("\n", "<br>") + "</div>"
        + "<div class=\"reply\">" + esc(l.reply()).replace("\n", "<br>") + "</div></article>";
  }

  private static String esc(String s) {
    return StringEscapeUtils.escapeHtml4(s);
  }
}
