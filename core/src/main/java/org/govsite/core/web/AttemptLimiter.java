package org.govsite.core.web;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import org.apiguardian.api.API;
import org.govsite.core.InvalidInputException;
import org.govsite.core.support.Checks;

/**
 * A limit on attempts per key (尝试次数限制): at most {@code maxAttempts} recorded attempts per key
 * within a {@code window}; the attempt that reaches the limit locks the key for {@code lockout}.
 * Keys are whatever the host throttles on: an account name, a client address, a letter id.
 *
 * <p>The host asks {@link #retryAfter} before doing the work (a locked key is refused without
 * touching the store) and {@link #record} each attempt it counts: every lookup for a rate limit,
 * only the failures for a guessing limit. {@link #reset} forgets a key (after a successful
 * sign-in). The counts live in a bounded Caffeine cache, so a flood of new keys (addresses, made-up
 * ids) costs at most {@code maxKeys} entries; a key forgotten under that pressure starts again at
 * zero, which errs on letting a caller through rather than locking an innocent one out. Nothing here
 * depends on a container: a servlet filter, a JAX-RS resource or a Spring handler calls it the same.
 *
 * <pre>{@code
 * AttemptLimiter signIn = AttemptLimiter.builder().maxAttempts(5).window(Duration.ofMinutes(15))
 *     .lockout(Duration.ofMinutes(15)).build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AttemptLimiter {
  private final int maxAttempts;
  private final Duration window;
  private final Duration lockout;
  private final InstantSource clock;
  private final Cache<String, Counter> counters;

  private AttemptLimiter(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.window = b.window;
    this.lockout = b.lockout;
    this.clock = b.clock;
    Duration keep = window.compareTo(lockout) > 0 ? window : lockout;
    this.counters = Caffeine.newBuilder().maximumSize(b.maxKeys).expireAfterAccess(keep)
        .ticker(() -> clock.millis() * 1_000_000L).build();
  }

  /** Returns a builder: 5 attempts per 15 minutes, locked 15 minutes, 100,000 keys, the system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how long the key stays locked, or empty when an attempt may go ahead now.
   *
   * @param key what is throttled (an account, an address, an id)
   */
  public Optional<Duration> retryAfter(String key) {
    Checks.notNull(key, "key");
    Counter c = counters.getIfPresent(key);
    if (c == null) {
      return Optional.empty();
    }
    synchronized (c) {
      long left = c.lockedUntil - clock.millis();
      return left > 0 ? Optional.of(Duration.ofMillis(left)) : Optional.empty();
    }
  }

  /**
   * Records one attempt on the key; returns how long the key is now locked, or empty when it is
   * still open. The attempt that reaches {@code maxAttempts} within the window locks it.
   */
  public Optional<Duration> record(String key) {
    Checks.notNull(key, "key");
    Counter c = counters.get(key, k -> new Counter());
    long now = clock.millis();
    synchronized (c) {
      if (c.lockedUntil > now) {
        return Optional.of(Duration.ofMillis(c.lockedUntil - now));
      }
      if (now - c.windowStart >= window.toMillis()) {
        c.windowStart = now;
        c.count = 0;
      }
      c.count++;
      if (c.count >= maxAttempts) {
        c.lockedUntil = now + lockout.toMillis();
        c.count = 0;
        c.windowStart = c.lockedUntil;
        return Optional.of(lockout);
      }
      return Optional.empty();
    }
  }

  /** Forgets the key's attempts and lock (after a success that proves the caller, such as a sign-in). */
  public void reset(String key) {
    Checks.notNull(key, "key");
    counters.invalidate(key);
  }

  /** Returns the attempts allowed per window. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Returns the window attempts are counted in. */
  public Duration window() {
    return window;
  }

  /** Returns how long a key stays locked once it reached the limit. */
  public Duration lockout() {
    return lockout;
  }

  /** One key's attempts: the window's start and count, and the end of a lock (epoch milliseconds). */
  private static final class Counter {
    long windowStart;
    int count;
    long lockedUntil;
  }

  /** Configures an {@link AttemptLimiter}; every setting is checked when it is set. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration window = Duration.ofMinutes(15);
    private Duration lockout = Duration.ofMinutes(15);
    private long maxKeys = 100_000;
    private InstantSource clock = InstantSource.system();

    private Builder() {}

    /** Sets the attempts allowed per window, at least 1; the attempt that reaches it locks the key. */
    public Builder maxAttempts(int n) {
      if (n < 1) {
        throw new InvalidInputException("maxAttempts", "须至少为 1 / must be at least 1: " + n);
      }
      this.maxAttempts = n;
      return this;
    }

    /** Sets the window attempts are counted in, at least one second. */
    public Builder window(Duration d) {
      this.window = atLeastASecond(d, "window");
      return this;
    }

    /** Sets how long a key stays locked, at least one second. */
    public Builder lockout(Duration d) {
      this.lockout = atLeastASecond(d, "lockout");
      return this;
    }

    /** Sets the most keys remembered at once, at least 1 (the memory bound against a flood of new keys). */
    public Builder maxKeys(long n) {
      if (n < 1) {
        throw new InvalidInputException("maxKeys", "须至少为 1 / must be at least 1: " + n);
      }
      this.maxKeys = n;
      return this;
    }

    /** Sets the clock (tests pass a fixed, advancing one). */
    public Builder clock(InstantSource c) {
      this.clock = Checks.notNull(c, "clock");
      return this;
    }

    /** Builds the limiter. */
    public AttemptLimiter build() {
      return new AttemptLimiter(this);
    }

    private static Duration atLeastASecond(Duration d, String setting) {
      Checks.notNull(d, setting);
      if (d.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new InvalidInputException(setting, "须至少为 1 秒 / must be at least one second: " + d);
      }
      return d;
    }
  }
}
