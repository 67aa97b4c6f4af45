package io.clerkservlet.testkit.internal;

/** Answers one route. */
@FunctionalInterface
public interface Handler {
  /** Handles the request; throw {@link FakeError} for a Clerk error answer. */
  Reply handle(FakeRequest request);
}
