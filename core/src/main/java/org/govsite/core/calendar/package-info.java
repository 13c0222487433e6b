/**
 * The official working-day calendar (工作日历) and statutory deadlines counted in working days:
 * {@link org.govsite.core.calendar.WorkingDayCalendar} and {@link org.govsite.core.calendar.Deadline}.
 */
@NullMarked
package org.govsite.core.calendar;

import org.jspecify.annotations.NullMarked;
