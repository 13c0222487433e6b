/** A runnable county portal (某县人民政府门户网站) built only from the GovSite modules. */
@NullMarked
package org.govsite.examples;

import org.jspecify.annotations.NullMarked;
