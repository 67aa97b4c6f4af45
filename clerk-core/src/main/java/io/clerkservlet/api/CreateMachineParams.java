package io.clerkservlet.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Parameters of {@link MachineApi#create(CreateMachineParams)}. */
public final class CreateMachineParams {
  private final String name;
  private final List<String> scopedMachines;
  private final Long defaultTokenTtl;

  private CreateMachineParams(Builder b) {
    this.name = b.name;
    this.scopedMachines = b.scopedMachines == null
        ? null : Collections.unmodifiableList(new ArrayList<>(b.scopedMachines));
    this.defaultTokenTtl = b.defaultTokenTtl;
  }

  /** A new builder; {@code name} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The machine's name. */
  public String getName() {
    return name;
  }

  /** Ids of the machines it may call, or null for none. */
  public List<String> getScopedMachines() {
    return scopedMachines;
  }

  /** Default M2M token lifetime in seconds, or null for Clerk's default (3600). */
  public Long getDefaultTokenTtl() {
    return defaultTokenTtl;
  }

  /** Builds {@link CreateMachineParams}. */
  public static final class Builder {
    private String name;
    private List<String> scopedMachines;
    private Long defaultTokenTtl;

    private Builder() {
    }

    /** The name, 1 to 255 characters; required. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Ids ({@code mch_…}) of the machines it may call; at most 150. */
    public Builder scopedMachines(List<String> machineIds) {
      this.scopedMachines = machineIds == null ? null : new ArrayList<>(machineIds);
      return this;
    }

    /** Default M2M token lifetime in seconds, 1 to 315360000. */
    public Builder defaultTokenTtl(long seconds) {
      this.defaultTokenTtl = seconds;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "name is required", "name must be 1 to 255 characters",
     *     "scopedMachines must have at most 150 machines" or
     *     "defaultTokenTtl must be between 1 and 315360000"
     */
    public CreateMachineParams build() {
      if (name == null) {
        throw new IllegalArgumentException("name is required");
      }
      MachineChecks.name(name);
      if (scopedMachines != null && scopedMachines.size() > MachineChecks.MAX_SCOPES) {
        throw new IllegalArgumentException("scopedMachines must have at most 150 machines");
      }
      MachineChecks.defaultTokenTtl(defaultTokenTtl);
      return new CreateMachineParams(this);
    }
  }
}
