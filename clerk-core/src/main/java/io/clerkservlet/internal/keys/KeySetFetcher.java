package io.clerkservlet.internal.keys;

import io.clerkservlet.TokenVerificationException;

/** One step of getting the key set; the steps are decorators (single flight, rate limit, the endpoint). */
interface KeySetFetcher {
  /**
   * Gets the key set.
   *
   * @param forced the caller asked to skip the cache ({@code skipJwksCache}): no rate limit
   * @throws TokenVerificationException why no key set could be had
   */
  KeySet fetch(boolean forced);
}
