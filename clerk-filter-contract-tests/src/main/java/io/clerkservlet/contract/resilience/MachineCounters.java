package io.clerkservlet.contract.resilience;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Counters that explain latency tails in the figures: this JVM's garbage-collection time and the
 * machine's CPU steal time (Linux {@code /proc/stat}; a VM's host taking the CPU), both cumulative.
 */
record MachineCounters(long gcMillis, long stealMillis) {
  /** USER_HZ of {@code /proc/stat} on Linux. */
  private static final long MILLIS_PER_TICK = 10;

  /** The counters now. */
  static MachineCounters now() {
    long gc = 0;
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      gc += Math.max(0, bean.getCollectionTime());
    }
    return new MachineCounters(gc, steal());
  }

  /** What accrued since {@code earlier}. */
  MachineCounters since(MachineCounters earlier) {
    return new MachineCounters(gcMillis - earlier.gcMillis, stealMillis - earlier.stealMillis);
  }

  private static long steal() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      return cpu.length > 8 ? Long.parseLong(cpu[8]) * MILLIS_PER_TICK : 0;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
