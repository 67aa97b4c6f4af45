package io.clerkservlet.testkit;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the fake Clerk standalone and prints its URL and ready demo credentials.
 * Arguments: an optional port (default 0, a free one). Stops on Ctrl-C.
 */
public final class FakeClerkMain {
  private FakeClerkMain() {
  }

  /** Starts the fake and waits until the process is stopped. */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    FakeClerkBackend fake = FakeClerkBackend.builder().port(port).start();
    MachineCredentials machine = fake.createMachine("demo-worker");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      fake.close();
      stopped.countDown();
    }, "fake-clerk-shutdown"));
    System.out.println("Fake Clerk Backend API listening on " + fake.apiUrl());
    System.out.println();
    System.out.println("  export CLERK_API_URL=" + fake.apiUrl());
    System.out.println("  export CLERK_SECRET_KEY=" + fake.secretKey());
    System.out.println("  export CLERK_PUBLISHABLE_KEY=" + fake.publishableKey());
    System.out.println("  export CLERK_MACHINE_SECRET_KEY=" + machine.getSecretKey());
    System.out.println();
    System.out.println("Create an M2M token:");
    System.out.println("  curl -s -X POST " + fake.apiUrl() + "/m2m_tokens -H 'Authorization: Bearer "
        + machine.getSecretKey() + "' -H 'Content-Type: application/json' -d '{}'");
    System.out.println();
    System.out.println("Press Ctrl-C to stop.");
    stopped.await();
  }
}
