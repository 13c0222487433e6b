/**
 * The review workflow (三审): {@link org.govsite.review.ReviewWorkflow} and the values it takes and
 * returns.
 */
@NullMarked
package org.govsite.review;

import org.jspecify.annotations.NullMarked;
