package org.govsite.examples;

import java.time.Duration;
import java.util.Optional;
import org.govsite.core.web.AttemptLimiter;

/**
 * One throttle of the portal (访问频率限制): an {@link AttemptLimiter} in this JVM, or {@link
 * SharedLimiter} in the database when the limit must hold across every instance (sign-in failures,
 * failed lookups of one id). Same rules either way: {@code maxAttempts} recorded attempts per key in
 * a window lock the key for the lockout.
 */
interface Limiter {
  /** How long the key stays locked, or empty when an attempt may go ahead now. */
  Optional<Duration> retryAfter(String key);

  /** Records one attempt; returns how long the key is now locked, or empty. */
  Optional<Duration> record(String key);

  /** Forgets the key. */
  void reset(String key);

  /** How long a key stays locked once it reached the limit. */
  Duration lockout();

  /** The limiter in this JVM only. */
  static Limiter local(AttemptLimiter limiter) {
    return new Limiter() {
      @Override
      public Optional<Duration> retryAfter(String key) {
        return limiter.retryAfter(key);
      }

      @Override
      public Optional<Duration> record(String key) {
        return limiter.record(key);
      }

      @Override
      public void reset(String key) {
        limiter.reset(key);
      }

      @Override
      public Duration lockout() {
        return limiter.lockout();
      }
    };
  }
}
