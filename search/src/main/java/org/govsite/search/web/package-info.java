/**
 * The JAX-RS resource of site search (站内搜索接口), apart from the engine: it answers the views of
 * {@link org.govsite.search.render}.
 */
@NullMarked
package org.govsite.search.web;

import org.jspecify.annotations.NullMarked;
