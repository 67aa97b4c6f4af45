package io.clerkservlet.model;

/** A feature included in a billing plan ({@code "object": "feature"}). */
public final class BillingFeature {
  private String object;
  private String id;
  private String name;
  private String description;
  private String slug;
  private String avatarUrl;

  private BillingFeature() {
  }

  /** Always {@code feature}. */
  public String getObject() {
    return object;
  }

  /** The feature id. */
  public String getId() {
    return id;
  }

  /** The display name. */
  public String getName() {
    return name;
  }

  /** The description, or null. */
  public String getDescription() {
    return description;
  }

  /** The slug used in permission checks, for example {@code priority_support}. */
  public String getSlug() {
    return slug;
  }

  /** The image URL, or null. */
  public String getAvatarUrl() {
    return avatarUrl;
  }

  @Override
  public String toString() {
    return "BillingFeature{id=" + id + ", slug=" + slug + "}";
  }
}
