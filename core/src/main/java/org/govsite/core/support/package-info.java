/**
 * Helpers every GovSite module uses (argument checks, enum codes, bundled data files); not API
 * for users.
 */
@NullMarked
package org.govsite.core.support;

import org.jspecify.annotations.NullMarked;
