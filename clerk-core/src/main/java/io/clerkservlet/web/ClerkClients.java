package io.clerkservlet.web;

import io.clerkservlet.ClerkClient;
import java.util.HashMap;
import java.util.Map;

/**
 * The shared clients of the Clerk filters: one {@link ClerkClient} per client configuration
 * (keys, API URL and version, cache lifetime, call timeout), counted by leases. Several filter
 * declarations with the same client settings share one client; the last {@link Lease#close()} closes it.
 */
public final class ClerkClients {
  private static final ClerkClients SHARED = new ClerkClients();

  private final Map<Object, Entry> entries = new HashMap<>();

  ClerkClients() {
  }

  /** The registry of this class loader (one per web application when the jar is in {@code WEB-INF/lib}). */
  public static ClerkClients shared() {
    return SHARED;
  }

  /**
   * A lease on the client of this configuration, opening it when it is the first.
   *
   * @throws IllegalArgumentException when the client settings are invalid
   */
  public synchronized Lease acquire(ClerkFilterSettings settings) {
    Object key = settings.clientKey();
    Entry entry = entries.get(key);
    if (entry == null) {
      entry = new Entry(settings.toClientBuilder().build());
      entries.put(key, entry);
    }
    entry.leases++;
    return new Lease(key, entry.client);
  }

  /** How many clients are open. */
  public synchronized int size() {
    return entries.size();
  }

  private synchronized void release(Object key) {
    Entry entry = entries.get(key);
    if (entry != null && --entry.leases == 0) {
      entries.remove(key);
      entry.client.close();
    }
  }

  private static final class Entry {
    final ClerkClient client;
    int leases;

    Entry(ClerkClient client) {
      this.client = client;
    }
  }

  /** One holder's use of a shared client; close it once, when the holder is destroyed. */
  public final class Lease implements AutoCloseable {
    private final Object key;
    private final ClerkClient client;
    private boolean closed;

    private Lease(Object key, ClerkClient client) {
      this.key = key;
      this.client = client;
    }

    /** The shared client. */
    public ClerkClient client() {
      return client;
    }

    /** Gives the lease back; the client closes with its last lease. Repeated calls do nothing. */
    @Override
    public void close() {
      synchronized (ClerkClients.this) {
        if (closed) {
          return;
        }
        closed = true;
        release(key);
      }
    }
  }
}
