/**
 * Mailboxes (领导信箱, 咨询, 投诉, 建议): letters and their lifecycle, reply deadlines (答复时限) and
 * alarms, statistics, public views, and storage (in memory or JDBC).
 *
 * <p>Start with {@link org.govsite.interaction.Mailbox#builder()}; the deadline rules live in
 * {@link org.govsite.interaction.DeadlinePolicy} and {@link org.govsite.interaction.MailboxTracker}.
 */
@NullMarked
package org.govsite.interaction;

import org.jspecify.annotations.NullMarked;
