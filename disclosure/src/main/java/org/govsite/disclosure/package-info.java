/** The information-disclosure catalogue (信息公开目录), 依申请公开 requests with their statutory deadlines, and the annual report (年度报告) will live here. */
@NullMarked
package org.govsite.disclosure;

import org.jspecify.annotations.NullMarked;
