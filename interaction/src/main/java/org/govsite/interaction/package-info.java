/** Mailboxes (领导信箱, 咨询, 投诉, 建议) with the reply-deadline tracker (答复时限), statistics and public views will live here. */
package org.govsite.interaction;
