/**
 * Internal: not API. Signing keys: the JWKS cache, its background refresh and the local jwtKey. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.keys;
