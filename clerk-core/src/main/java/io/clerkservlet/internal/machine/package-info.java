/**
 * Internal: not API. Verification of machine tokens: API keys, M2M tokens and OAuth access tokens. Anything here may change or disappear in any release without notice;
 * use the public packages instead. Left out of the Javadoc.
 */
package io.clerkservlet.internal.machine;
