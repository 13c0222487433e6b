package org.govsite.core.support;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * States what a method guarantees about its arguments (方法契约), in the JetBrains {@code @Contract}
 * notation, e.g. {@code "null, _ -> fail"}.
 *
 * <p>NullAway reads any annotation named {@code Contract}: after {@code Checks.notNull(x, "x")}
 * it knows {@code x} is not null, so a builder can check a field it fills later and then use it.
 * Kept in class files so the other GovSite modules' compilation sees it, as JUnit does with its own
 * {@code @Contract}; a type of our own spares every module a dependency for one annotation.
 */
@API(status = INTERNAL, since = "0.1")
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Contract {
  /** The contract clauses, separated by {@code ;}. */
  String value();
}
