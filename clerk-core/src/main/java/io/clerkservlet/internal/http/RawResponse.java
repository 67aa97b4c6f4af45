package io.clerkservlet.internal.http;

/** A Backend API answer as read off the wire. */
final class RawResponse {
  final int status;
  final byte[] body;
  final String contentType;
  final String retryAfter;
  final String cfRay;

  RawResponse(int status, byte[] body, String contentType, String retryAfter, String cfRay) {
    this.status = status;
    this.body = body;
    this.contentType = contentType;
    this.retryAfter = retryAfter;
    this.cfRay = cfRay;
  }
}
