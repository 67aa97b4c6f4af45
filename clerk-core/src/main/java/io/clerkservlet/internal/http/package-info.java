/**
 * Internal: not API. The Backend API transport: HttpClient 5, timeouts, deadlines, retries, proxies and call isolation. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.http;
