package io.clerkservlet.contract.resilience;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The live threads of this JVM, split into what a scenario must keep flat and what it need not:
 * the load generator's and the fake Clerk's threads (the test's own, the JDK {@code HttpServer}'s
 * dispatcher and timer included), and the container's request
 * workers ({@code *-exec-N}, a pool bounded by {@code maxThreads} that grows with concurrency and
 * shrinks after a minute) are left out of {@link #counted()}; threads named {@code clerk-*} are
 * the library's own.
 */
public record ThreadCensus(int counted, int clerk, int containerWorkers, Set<String> countedNames) {
  /** The prefix of every thread the library starts. */
  public static final String CLERK_PREFIX = "clerk-";

  private static final List<String> TEST_INFRASTRUCTURE = List.of(LoadGenerator.USER_THREAD_PREFIX,
      LoadGenerator.HTTP_THREAD_PREFIX, "HttpClient-", "fake-clerk-", "HTTP-Dispatcher", "idle-timeout-task",
      "ForkJoinPool.commonPool",
      "Attach Listener", "surefire", "process reaper", "Common-Cleaner");

  /** The threads alive now. */
  public static ThreadCensus now() {
    Set<String> counted = new TreeSet<>();
    int clerk = 0;
    int workers = 0;
    int unnamed = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (!t.isAlive()) {
        continue;
      }
      String name = t.getName();
      if (TEST_INFRASTRUCTURE.stream().anyMatch(name::startsWith)) {
        continue;
      }
      if (name.contains("-exec-")) {
        workers++;
        continue;
      }
      clerk += name.startsWith(CLERK_PREFIX) ? 1 : 0;
      if (!counted.add(name)) {
        counted.add(name + " #" + ++unnamed);
      }
    }
    return new ThreadCensus(counted.size(), clerk, workers, counted);
  }
}
