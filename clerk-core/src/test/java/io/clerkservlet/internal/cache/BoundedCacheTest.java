package io.clerkservlet.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.clerkservlet.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bound, eviction order, expiry and thread safety of the one cache of clerk-core. */
class BoundedCacheTest {
  private static final long NEVER = Long.MAX_VALUE;

  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

  private BoundedCache<String, String> cache(int maxEntries) {
    return new BoundedCache<>(maxEntries, clock);
  }

  private long inSeconds(int seconds) {
    return clock.millis() + seconds * 1000L;
  }

  private static void putAll(BoundedCache<String, String> cache, String... keys) {
    for (String key : keys) {
      cache.put(key, "v-" + key, NEVER);
    }
  }

  private static List<String> present(BoundedCache<String, String> cache, String... keys) {
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      if (cache.get(key) != null) {
        out.add(key);
      }
    }
    return out;
  }

  @ParameterizedTest(name = "maxEntries={0}")
  @ValueSource(ints = {1, 2, 3, 5, 64})
  void whenMoreKeysThanCapacityThenSizeNeverExceedsIt(int maxEntries) {
    BoundedCache<String, String> cache = cache(maxEntries);
    for (int i = 0; i < maxEntries * 5; i++) {
      cache.put("k" + i, "v", NEVER);
      if (i % 3 == 0) {
        cache.get("k" + (i / 2));
      }
      assertThat(cache.size()).isLessThanOrEqualTo(maxEntries);
    }
    assertThat(cache.size()).isEqualTo(maxEntries);
    assertThat(cache.get("k" + (maxEntries * 5 - 1))).isEqualTo("v");
  }

  @ParameterizedTest(name = "maxEntries={0}")
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void whenCapacityBelowOneThenRejected(int maxEntries) {
    assertThatThrownBy(() -> cache(maxEntries)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEntries must be at least 1");
  }

  @Test
  void whenNullKeyOrValueThenRejected() {
    BoundedCache<String, String> cache = cache(2);
    assertThatThrownBy(() -> cache.put(null, "v", NEVER)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cache.put("k", null, NEVER)).isInstanceOf(IllegalArgumentException.class);
    assertThat(cache.size()).isZero();
  }

  @Test
  void whenKeyPutAgainThenValueAndExpiryReplacedWithoutGrowing() {
    BoundedCache<String, String> cache = cache(2);
    cache.put("k", "old", inSeconds(1));
    cache.put("k", "new", inSeconds(10));
    clock.advance(Duration.ofSeconds(5));
    assertThat(cache.get("k")).isEqualTo("new");
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void whenReplacedThenItKeepsItsPlaceInsteadOfEvictingAnother() {
    BoundedCache<String, String> cache = cache(2);
    putAll(cache, "a", "b");
    cache.put("a", "a2", NEVER);
    cache.put("b", "b2", NEVER);
    assertThat(cache.get("a")).isEqualTo("a2");
    assertThat(cache.get("b")).isEqualTo("b2");
  }

  @Test
  void whenExpiryReachedThenAbsentAndDroppedOnRead() {
    BoundedCache<String, String> cache = cache(4);
    cache.put("k", "v", inSeconds(10));
    clock.advance(Duration.ofMillis(9_999));
    assertThat(cache.get("k")).isEqualTo("v");
    clock.advance(Duration.ofMillis(1));
    assertThat(cache.get("k")).isNull();
    assertThat(cache.size()).isZero();
  }

  @Test
  void whenNeverExpiresThenStillServedMuchLater() {
    BoundedCache<String, String> cache = cache(1);
    cache.put("k", "v", NEVER);
    clock.advance(Duration.ofDays(3650));
    assertThat(cache.get("k")).isEqualTo("v");
  }

  @Test
  void whenFullThenExpiredEntryIsEvictedBeforeAnyLiveOne() {
    BoundedCache<String, String> cache = cache(4);
    putAll(cache, "a", "b");
    cache.put("short", "v", inSeconds(10));
    putAll(cache, "d");
    clock.advance(Duration.ofSeconds(11));
    putAll(cache, "e");
    assertThat(cache.size()).isEqualTo(4);
    assertThat(present(cache, "a", "b", "d", "e")).containsExactly("a", "b", "d", "e");
  }

  @Test
  void whenNothingWasHitThenTheOldestIsEvictedFirst() {
    BoundedCache<String, String> cache = cache(3);
    putAll(cache, "a", "b", "c", "d");
    assertThat(cache.get("a")).isNull();
    cache.get("b");
    putAll(cache, "e", "f");
    assertThat(present(cache, "a", "b", "c", "d", "e", "f")).containsExactly("b", "e", "f");
  }

  @Test
  void whenRemoveWithAnotherValueThenEntryKept() {
    BoundedCache<String, String> cache = cache(2);
    cache.put("k", "mine", NEVER);
    assertThat(cache.remove("k", "theirs")).isFalse();
    assertThat(cache.remove("absent", "mine")).isFalse();
    assertThat(cache.get("k")).isEqualTo("mine");
    assertThat(cache.remove("k", "mine")).isTrue();
    assertThat(cache.get("k")).isNull();
    assertThat(cache.size()).isZero();
  }

  @Test
  void whenRemoveByKeyThenGoneAndRoomForAnother() {
    BoundedCache<String, String> cache = cache(2);
    putAll(cache, "a", "b");
    cache.remove("a");
    cache.remove("absent");
    putAll(cache, "c");
    assertThat(present(cache, "a", "b", "c")).containsExactly("b", "c");
  }

  @Test
  void whenFloodOfOneTimeKeysThenHitEntriesSurvive() {
    BoundedCache<String, String> cache = cache(100);
    String[] hot = new String[20];
    for (int i = 0; i < hot.length; i++) {
      hot[i] = "hot" + i;
      cache.put(hot[i], "v", NEVER);
      cache.get(hot[i]);
    }
    for (int i = 0; i < 10_000; i++) {
      cache.put("flood" + i, "v", NEVER);
      if (i % 500 == 0) {
        assertThat(present(cache, hot)).containsExactly(hot);
      }
    }
    assertThat(present(cache, hot)).containsExactly(hot);
    assertThat(cache.size()).isEqualTo(100);
  }

  @Test
  void whenHitEntriesGoColdThenNewlyHitOnesTakeTheirPlace() {
    BoundedCache<String, String> cache = cache(10);
    String[] oldHot = {"a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7"};
    String[] newHot = {"b0", "b1", "b2", "b3", "b4", "b5", "b6", "b7"};
    for (String key : oldHot) {
      cache.put(key, "v", NEVER);
      cache.get(key);
    }
    for (int i = 0; i < 50; i++) {
      cache.put("flood" + i, "v", NEVER);
    }
    for (String key : newHot) {
      cache.put(key, "v", NEVER);
      cache.get(key);
      for (int i = 0; i < 30; i++) {
        cache.put(key + "-flood" + i, "v", NEVER);
      }
    }
    assertThat(present(cache, newHot)).containsExactly(newHot);
    assertThat(present(cache, oldHot)).isEmpty();
  }

  @Test
  void whenManyThreadsReadWriteAndRemoveThenBoundHoldsAndIndexStaysConsistent() throws Exception {
    int maxEntries = 64;
    int keys = 500;
    BoundedCache<Integer, Integer> cache = new BoundedCache<>(maxEntries, clock);
    AtomicInteger maxSeen = new AtomicInteger();
    runConcurrently(8, () -> {
      ThreadLocalRandom random = ThreadLocalRandom.current();
      for (int op = 0; op < 20_000; op++) {
        int key = random.nextInt(keys);
        int action = random.nextInt(4);
        if (action == 0) {
          cache.put(key, key, random.nextBoolean() ? NEVER : clock.millis() + random.nextInt(50));
        } else if (action == 1) {
          cache.remove(key, key);
        } else if (action == 2) {
          cache.remove(key);
        } else {
          assertThat(cache.get(key)).isIn(null, key);
        }
        if (op % 64 == 0) {
          clock.advance(Duration.ofMillis(1));
          maxSeen.accumulateAndGet(cache.size(), Math::max);
        }
      }
      return null;
    });
    assertThat(maxSeen.get()).isLessThanOrEqualTo(maxEntries);
    clock.advance(Duration.ofDays(1));
    int reachable = 0;
    for (int key = 0; key < keys; key++) {
      if (cache.get(key) != null) {
        reachable++;
      }
    }
    assertThat(cache.size()).as("every entry counted is reachable by its key").isEqualTo(reachable);
  }

  @Test
  void whenThreadsUpdateTheirOwnKeysConcurrentlyThenNoUpdateIsLost() throws Exception {
    int threads = 8;
    int keysPerThread = 50;
    int rounds = 200;
    BoundedCache<String, Integer> cache = new BoundedCache<>(threads * keysPerThread, clock);
    AtomicInteger next = new AtomicInteger();
    runConcurrently(threads, () -> {
      int me = next.getAndIncrement();
      for (int round = 1; round <= rounds; round++) {
        for (int k = 0; k < keysPerThread; k++) {
          cache.put(me + "-" + k, round, NEVER);
          cache.get(((me + 1) % threads) + "-" + k);
        }
      }
      return null;
    });
    assertThat(cache.size()).isEqualTo(threads * keysPerThread);
    for (int t = 0; t < threads; t++) {
      for (int k = 0; k < keysPerThread; k++) {
        assertThat(cache.get(t + "-" + k)).isEqualTo(rounds);
      }
    }
  }

  private static void runConcurrently(int threads, Callable<Void> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Void>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      for (Future<Void> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
