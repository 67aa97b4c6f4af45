package io.clerkservlet;

import io.clerkservlet.internal.request.PathPattern;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Which URL paths name an organization or the personal account, so that a browser visiting them
 * gets that organization activated through a handshake ({@code active-organization-mismatch}), as
 * {@code @clerk/backend}'s {@code organizationSyncOptions}. Patterns use path-to-regexp 6 syntax
 * and must name the organization with {@code :id} or {@code :slug}.
 *
 * <pre>{@code
 * OrganizationSyncOptions.builder()
 *     .organizationPatterns("/orgs/:slug", "/orgs/:slug/(.*)")
 *     .personalAccountPatterns("/me", "/me/(.*)")
 *     .build();
 * }</pre>
 */
public final class OrganizationSyncOptions {
  private final List<String> organizationPatterns;
  private final List<String> personalAccountPatterns;

  private OrganizationSyncOptions(Builder b) {
    this.organizationPatterns = Collections.unmodifiableList(new ArrayList<>(b.organizationPatterns));
    this.personalAccountPatterns = Collections.unmodifiableList(new ArrayList<>(b.personalAccountPatterns));
    if (!organizationPatterns.isEmpty()) {
      PathPattern.compile(organizationPatterns);
    }
    if (!personalAccountPatterns.isEmpty()) {
      PathPattern.compile(personalAccountPatterns);
    }
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Patterns of organization paths ({@code :id} wins over {@code :slug}); may be empty. */
  public List<String> getOrganizationPatterns() {
    return organizationPatterns;
  }

  /** Patterns of personal-account paths; may be empty. */
  public List<String> getPersonalAccountPatterns() {
    return personalAccountPatterns;
  }

  @Override
  public String toString() {
    return "OrganizationSyncOptions{organizationPatterns=" + organizationPatterns
        + ", personalAccountPatterns=" + personalAccountPatterns + "}";
  }

  /** Builds {@link OrganizationSyncOptions}. */
  public static final class Builder {
    private List<String> organizationPatterns = Collections.emptyList();
    private List<String> personalAccountPatterns = Collections.emptyList();

    private Builder() {
    }

    /** Paths naming an organization by {@code :id} or {@code :slug}, for example {@code /orgs/:slug/(.*)}. */
    public Builder organizationPatterns(String... patterns) {
      return organizationPatterns(Arrays.asList(patterns));
    }

    /** Paths naming an organization by {@code :id} or {@code :slug}. */
    public Builder organizationPatterns(List<String> patterns) {
      this.organizationPatterns = patterns == null ? Collections.<String>emptyList() : new ArrayList<>(patterns);
      return this;
    }

    /** Paths of the personal account (no organization active), for example {@code /me/(.*)}. */
    public Builder personalAccountPatterns(String... patterns) {
      return personalAccountPatterns(Arrays.asList(patterns));
    }

    /** Paths of the personal account (no organization active). */
    public Builder personalAccountPatterns(List<String> patterns) {
      this.personalAccountPatterns = patterns == null ? Collections.<String>emptyList() : new ArrayList<>(patterns);
      return this;
    }

    /**
     * Compiles the patterns and builds.
     *
     * @throws IllegalArgumentException {@code Invalid pattern "<patterns>": <why>}, or
     *     "patterns must not be null" for a null entry
     */
    public OrganizationSyncOptions build() {
      if (organizationPatterns.contains(null) || personalAccountPatterns.contains(null)) {
        throw new IllegalArgumentException("patterns must not be null");
      }
      return new OrganizationSyncOptions(this);
    }
  }
}
