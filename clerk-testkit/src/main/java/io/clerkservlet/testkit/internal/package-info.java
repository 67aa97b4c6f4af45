/**
 * Internal: not API. The fake Clerk's request handlers, stores and JSON bodies. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.testkit.internal;
