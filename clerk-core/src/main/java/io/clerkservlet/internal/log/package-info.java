/**
 * Internal: not API. Rate-limited operator messages on java.util.logging. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.log;
