package org.govsite.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;
import org.govsite.core.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {
  /** A clock the test moves by hand. */
  static final class Hand implements InstantSource {
    Instant now = Instant.parse("2026-03-02T01:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }

  private static AttemptLimiter limiter(Hand clock, int max) {
    return AttemptLimiter.builder().maxAttempts(max).window(Duration.ofMinutes(10)).lockout(Duration.ofMinutes(15))
        .clock(clock).build();
  }

  @Test
  void theAttemptThatReachesTheLimitLocksTheKeyForTheLockout() {
    Hand clock = new Hand();
    AttemptLimiter l = limiter(clock, 5);
    for (int i = 1; i < 5; i++) {
      assertEquals(Optional.empty(), l.record("zhang"), "attempt " + i);
    }
    assertEquals(Optional.of(Duration.ofMinutes(15)), l.record("zhang"));
    clock.advance(Duration.ofMinutes(5));
    assertEquals(Optional.of(Duration.ofMinutes(10)), l.retryAfter("zhang"));
    assertEquals(Optional.empty(), l.retryAfter("li"), "other keys are not touched");
    clock.advance(Duration.ofMinutes(10));
    assertEquals(Optional.empty(), l.retryAfter("zhang"), "the lock ends");
    assertEquals(Optional.empty(), l.record("zhang"), "and counting starts again");
  }

  @Test
  void attemptsOutsideTheWindowAreForgotten() {
    Hand clock = new Hand();
    AttemptLimiter l = limiter(clock, 3);
    l.record("k");
    l.record("k");
    clock.advance(Duration.ofMinutes(10));
    assertEquals(Optional.empty(), l.record("k"), "a new window");
    assertEquals(Optional.empty(), l.record("k"));
    assertTrue(l.record("k").isPresent());
  }

  @Test
  void resetForgetsAKey() {
    Hand clock = new Hand();
    AttemptLimiter l = limiter(clock, 2);
    l.record("k");
    l.record("k");
    assertTrue(l.retryAfter("k").isPresent());
    l.reset("k");
    assertEquals(Optional.empty(), l.retryAfter("k"));
  }

  @Test
  void everySettingIsCheckedByName() {
    assertEquals("maxAttempts", assertThrows(InvalidInputException.class, () -> AttemptLimiter.builder().maxAttempts(0)).field());
    assertEquals("window", assertThrows(InvalidInputException.class,
        () -> AttemptLimiter.builder().window(Duration.ofMillis(10))).field());
    assertEquals("lockout", assertThrows(InvalidInputException.class,
        () -> AttemptLimiter.builder().lockout(Duration.ZERO)).field());
    assertEquals("maxKeys", assertThrows(InvalidInputException.class, () -> AttemptLimiter.builder().maxKeys(0)).field());
  }

  @Property
  void neverMoreThanMaxAttemptsPassWithinAWindow(@ForAll @IntRange(min = 1, max = 20) int max,
      @ForAll @IntRange(min = 1, max = 100) int tries) {
    Hand clock = new Hand();
    AttemptLimiter l = limiter(clock, max);
    int passed = 0;
    for (int i = 0; i < tries; i++) {
      if (l.retryAfter("k").isEmpty()) {
        passed++;
        l.record("k");
      }
      clock.advance(Duration.ofSeconds(1));
    }
    assertEquals(Math.min(max, tries), passed);
  }
}
