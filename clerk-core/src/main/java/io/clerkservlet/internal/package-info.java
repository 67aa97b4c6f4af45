/**
 * Internal: not API. Small helpers of clerk-core (strings, PEM keys, publishable keys, cookies, redaction, background tasks). Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal;
