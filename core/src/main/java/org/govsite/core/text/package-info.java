/**
 * Text normalization (文本规范化) shared by screening and search: width, case, traditional to
 * simplified, noise removal, with offsets back into the original text.
 */
@NullMarked
package org.govsite.core.text;

import org.jspecify.annotations.NullMarked;
