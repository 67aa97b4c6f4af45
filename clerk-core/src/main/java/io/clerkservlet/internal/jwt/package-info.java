/**
 * Internal: not API. Strict JWS decoding and verification of Clerk JWTs. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.jwt;
