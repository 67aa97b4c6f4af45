/**
 * Internal: not API. JSON reading and writing of Backend API bodies, and deep-immutable claims. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.json;
