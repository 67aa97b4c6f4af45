package io.clerkservlet.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Finds threads and TCP connections left behind by an undeployed application. */
public final class LeakProbe {
  private static final List<String> INFRASTRUCTURE = List.of("HttpClient-", "fake-clerk-",
      "ForkJoinPool.commonPool", "Common-Cleaner", "Attach Listener", "surefire", "process reaper");

  private LeakProbe() {
  }

  /** The live threads now. */
  public static Set<Thread> threads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).collect(Collectors.toSet());
  }

  /** Live threads not in {@code before}, except the test's own HTTP client and fake Clerk threads. */
  public static List<String> newThreads(Set<Thread> before) {
    List<String> out = new ArrayList<>();
    for (Thread t : threads()) {
      if (!before.contains(t) && INFRASTRUCTURE.stream().noneMatch(p -> t.getName().startsWith(p))) {
        out.add(t.getName());
      }
    }
    return out;
  }

  /** True when this machine lists TCP sockets in {@code /proc/net/tcp} (Linux). */
  public static boolean canCountConnections() {
    return Files.isReadable(Path.of("/proc/net/tcp"));
  }

  /** Established TCP connections whose remote port is {@code port} (client sides of connections to it). */
  public static int establishedTo(int port) {
    int count = 0;
    for (String file : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(file))) {
          String[] f = line.trim().split("\\s+");
          if (f.length > 3 && f[2].contains(":") && f[3].equals("01")
              && f[2].substring(f[2].indexOf(':') + 1).toUpperCase(Locale.ROOT)
                  .equals(String.format("%04X", port))) {
            count++;
          }
        }
      } catch (IOException e) {
        // no such table on this machine
      }
    }
    return count;
  }

  /** Waits up to {@code millis} for the condition. */
  public static boolean await(long millis, BooleanSupplier condition) {
    long end = System.nanoTime() + millis * 1_000_000;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        return false;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return true;
  }
}
