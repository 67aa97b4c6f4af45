package io.clerkservlet.internal.cache;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one bounded cache of clerk-core: a segmented LRU with second-chance promotion, so a flood of
 * keys that are never asked for again cannot push out what is in use.
 *
 * <p>New entries enter a <em>probation</em> segment; {@link #get} only marks an entry as hit (a
 * volatile flag; no lock, no relinking). When the cache is full, eviction walks probation from its
 * oldest entry: an expired one is dropped, a hit one moves to the <em>protected</em> segment (80 % of
 * the capacity), and the first one neither hit nor expired is evicted. When protected outgrows its
 * share, its oldest entry goes back to probation, unless it was hit since it last moved (then it gets
 * another round). Expired entries are dropped when read, and swept out before any live entry is
 * evicted (a sweep at most once per quarter of the capacity in writes, so writes stay O(1) amortized).
 * {@link #size()} never exceeds {@code maxEntries}; nothing ever clears the whole cache.
 *
 * <p>Thread-safe: reads are one {@link ConcurrentHashMap} lookup, writes take one lock. Internal rather
 * than a library because Caffeine 3 needs Java 11 and Caffeine 2.x (the Java 8 line) is end of life.
 *
 * @param <K> the key type
 * @param <V> the value type
 */
public final class BoundedCache<K, V> {
  /** The share of the capacity kept for entries hit at least once, in percent. */
  static final int PROTECTED_PERCENT = 80;
  /** Writes between two sweeps of expired entries, as a fraction of the capacity (1/4). */
  static final int SWEEP_DIVISOR = 4;

  private final ConcurrentHashMap<K, Node<K, V>> map;
  private final Clock clock;
  private final int maxEntries;
  private final int protectedCap;
  private final int writesPerSweep;
  private final Object lock = new Object();
  private final Segment<K, V> probation = new Segment<>();
  private final Segment<K, V> protectedSegment = new Segment<>();
  /** No entry expires before this (a lower bound; exact after a sweep). Guarded by {@code lock}. */
  private long earliestExpiry = Long.MAX_VALUE;
  /** Guarded by {@code lock}. */
  private int writesSinceSweep;

  /**
   * Creates an empty cache of at most {@code maxEntries} entries whose expiry is read from {@code clock}.
   *
   * @throws IllegalArgumentException when {@code maxEntries < 1} or {@code clock} is null
   */
  public BoundedCache(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1");
    }
    if (clock == null) {
      throw new IllegalArgumentException("clock is required");
    }
    this.maxEntries = maxEntries;
    this.clock = clock;
    this.map = new ConcurrentHashMap<>(Math.min(maxEntries, 1024));
    this.protectedCap = (int) ((long) maxEntries * PROTECTED_PERCENT / 100);
    this.writesPerSweep = Math.max(1, maxEntries / SWEEP_DIVISOR);
    this.writesSinceSweep = writesPerSweep;
  }

  /** The value of {@code key}, or null when absent or expired (then dropped); records a hit. */
  public V get(K key) {
    Node<K, V> node = map.get(key);
    if (node == null) {
      return null;
    }
    if (node.expiresAtMillis != Long.MAX_VALUE && node.isExpiredAt(clock.millis())) {
      synchronized (lock) {
        unlink(node);
      }
      return null;
    }
    if (!node.hit) {
      node.hit = true;
    }
    return node.value;
  }

  /**
   * Stores {@code value} under {@code key} until {@code expiresAtMillis} (epoch milliseconds, the first
   * instant it is no longer served; {@link Long#MAX_VALUE} for never), replacing the key's value.
   *
   * @throws IllegalArgumentException when {@code key} or {@code value} is null
   */
  public void put(K key, V value, long expiresAtMillis) {
    if (key == null || value == null) {
      throw new IllegalArgumentException("key and value are required");
    }
    Node<K, V> fresh = new Node<>(key, value, expiresAtMillis);
    synchronized (lock) {
      Node<K, V> old = map.get(key);
      if (old != null) {
        old.segment.replace(old, fresh);
      } else {
        if (count() >= maxEntries) {
          evictOne(clock.millis());
        }
        probation.addLast(fresh);
      }
      map.put(key, fresh);
      earliestExpiry = Math.min(earliestExpiry, expiresAtMillis);
      writesSinceSweep++;
    }
  }

  /** Removes {@code key} only while its value equals {@code expected}; true when it did. */
  public boolean remove(K key, V expected) {
    synchronized (lock) {
      Node<K, V> node = map.get(key);
      if (node == null || !node.value.equals(expected)) {
        return false;
      }
      unlink(node);
      return true;
    }
  }

  /** Removes {@code key} and its value, if present. */
  public void remove(K key) {
    synchronized (lock) {
      Node<K, V> node = map.get(key);
      if (node != null) {
        unlink(node);
      }
    }
  }

  /** The number of entries (expired ones not yet dropped included); never more than {@code maxEntries}. */
  public int size() {
    synchronized (lock) {
      return count();
    }
  }

  private int count() {
    return probation.count + protectedSegment.count;
  }

  /**
   * Makes room for one entry, with the lock held and the cache full. Probation is never empty then:
   * protected holds at most {@code protectedCap < maxEntries} entries.
   */
  private void evictOne(long now) {
    if (now >= earliestExpiry && writesSinceSweep >= writesPerSweep && sweepExpired(now) > 0) {
      return;
    }
    for (int chances = count(); ; chances--) {
      Node<K, V> oldest = probation.head;
      if (!oldest.hit || oldest.isExpiredAt(now) || chances <= 0) {
        unlink(oldest);
        return;
      }
      oldest.hit = false;
      probation.unlink(oldest);
      protectedSegment.addLast(oldest);
      if (protectedSegment.count > protectedCap) {
        demoteOldestProtected();
      }
    }
  }

  /** Moves protected's oldest unhit entry to probation; hit ones it passes get another round. */
  private void demoteOldestProtected() {
    for (int chances = protectedSegment.count; ; chances--) {
      Node<K, V> oldest = protectedSegment.head;
      protectedSegment.unlink(oldest);
      if (!oldest.hit || chances <= 0) {
        probation.addLast(oldest);
        return;
      }
      oldest.hit = false;
      protectedSegment.addLast(oldest);
    }
  }

  /** Drops every expired entry and makes {@code earliestExpiry} exact; returns how many it dropped. */
  private int sweepExpired(long now) {
    writesSinceSweep = 0;
    earliestExpiry = Long.MAX_VALUE;
    return sweepExpired(probation, now) + sweepExpired(protectedSegment, now);
  }

  private int sweepExpired(Segment<K, V> segment, long now) {
    int dropped = 0;
    for (Node<K, V> n = segment.head; n != null; ) {
      Node<K, V> next = n.next;
      if (n.isExpiredAt(now)) {
        unlink(n);
        dropped++;
      } else {
        earliestExpiry = Math.min(earliestExpiry, n.expiresAtMillis);
      }
      n = next;
    }
    return dropped;
  }

  /** Removes a node from the map and its segment, unless a put or remove already did. */
  private void unlink(Node<K, V> node) {
    if (map.remove(node.key, node)) {
      node.segment.unlink(node);
    }
  }

  /** One entry. {@code hit} is written without the lock; the links only with it. */
  static final class Node<K, V> {
    final K key;
    final V value;
    final long expiresAtMillis;
    volatile boolean hit;
    Segment<K, V> segment;
    Node<K, V> prev;
    Node<K, V> next;

    Node(K key, V value, long expiresAtMillis) {
      this.key = key;
      this.value = value;
      this.expiresAtMillis = expiresAtMillis;
    }

    boolean isExpiredAt(long now) {
      return now >= expiresAtMillis;
    }
  }

  /** A doubly linked list of nodes, oldest first; used with the lock held. */
  static final class Segment<K, V> {
    Node<K, V> head;
    Node<K, V> tail;
    int count;

    void addLast(Node<K, V> node) {
      node.segment = this;
      node.prev = tail;
      node.next = null;
      if (tail == null) {
        head = node;
      } else {
        tail.next = node;
      }
      tail = node;
      count++;
    }

    void unlink(Node<K, V> node) {
      if (node.prev == null) {
        head = node.next;
      } else {
        node.prev.next = node.next;
      }
      if (node.next == null) {
        tail = node.prev;
      } else {
        node.next.prev = node.prev;
      }
      node.prev = null;
      node.next = null;
      count--;
    }

    /** Puts {@code fresh} where {@code old} is, keeping its hit mark. */
    void replace(Node<K, V> old, Node<K, V> fresh) {
      fresh.segment = this;
      fresh.hit = old.hit;
      fresh.prev = old.prev;
      fresh.next = old.next;
      if (old.prev == null) {
        head = fresh;
      } else {
        old.prev.next = fresh;
      }
      if (old.next == null) {
        tail = fresh;
      } else {
        old.next.prev = fresh;
      }
      old.prev = null;
      old.next = null;
    }
  }
}
