package io.clerkservlet.testkit.internal;

/** Thrown by handlers to answer with a Clerk error body. */
public final class FakeError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Reply reply;

  /** Wraps the error reply. */
  public FakeError(Reply reply) {
    super("fake Clerk answers " + reply.status(), null, false, false);
    this.reply = reply;
  }

  /** The reply to send. */
  public Reply reply() {
    return reply;
  }

  /** 404 {@code resource_not_found}. */
  public static FakeError notFound(String what) {
    return new FakeError(Reply.error(404, "resource_not_found", "not found",
        what + " not found", null));
  }

  /** 422 {@code form_param_missing} for a required field. */
  public static FakeError missing(String param) {
    return missing(422, param);
  }

  /** {@code form_param_missing} with the status the endpoint documents (400 on machine-auth ones). */
  public static FakeError missing(int status, String param) {
    return new FakeError(Reply.paramError(status, "form_param_missing", param, "is missing",
        param + " must be included."));
  }

  /** 422 {@code form_param_format_invalid}. */
  public static FakeError invalid(String param, String why) {
    return invalid(422, param, why);
  }

  /** {@code form_param_format_invalid} with the status the endpoint documents. */
  public static FakeError invalid(int status, String param, String why) {
    return new FakeError(Reply.paramError(status, "form_param_format_invalid", param, "is invalid",
        why));
  }
}
