/**
 * Content screening (错敏信息检查): sensitive-term dictionaries, the {@link
 * org.govsite.core.screening.Screener}, personal-data detection and masking, and the servlet
 * filter and Bean Validation constraint built on them.
 */
@NullMarked
package org.govsite.core.screening;

import org.jspecify.annotations.NullMarked;
