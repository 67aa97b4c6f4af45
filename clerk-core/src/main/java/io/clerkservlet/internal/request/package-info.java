/**
 * Internal: not API. The steps of authenticateRequest: the token in the header or cookies, the browser flow, handshakes and organization sync. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.request;
