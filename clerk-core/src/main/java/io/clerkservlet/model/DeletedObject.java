package io.clerkservlet.model;

/** The answer to a delete call: which object was deleted. */
public final class DeletedObject {
  private String object;
  private String id;
  private String slug;
  private boolean deleted;

  private DeletedObject() {
  }

  /** The kind of the deleted object, for example {@code api_key}. */
  public String getObject() {
    return object;
  }

  /** The id of the deleted object. */
  public String getId() {
    return id;
  }

  /** The slug of the deleted object, when it had one; else null. */
  public String getSlug() {
    return slug;
  }

  /** True when Clerk confirmed the deletion. */
  public boolean isDeleted() {
    return deleted;
  }

  @Override
  public String toString() {
    return "DeletedObject{object=" + object + ", id=" + id + ", deleted=" + deleted + "}";
  }
}
