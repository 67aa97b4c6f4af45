/**
 * Internal: not API. Authorization checks (has role, permission, feature) and session properties of auth objects. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.auth;
