/**
 * Internal: not API. The bounded cache behind the repeat-token, machine-token and verify-options caches. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.cache;
