package io.clerkservlet.api;

/** Parameters of {@link MachineApi#update(UpdateMachineParams)}; unset fields keep their value. */
public final class UpdateMachineParams {
  private final String machineId;
  private final String name;
  private final Long defaultTokenTtl;

  private UpdateMachineParams(Builder b) {
    this.machineId = b.machineId;
    this.name = b.name;
    this.defaultTokenTtl = b.defaultTokenTtl;
  }

  /** A new builder; {@code machineId} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The machine to update, {@code mch_…}. */
  public String getMachineId() {
    return machineId;
  }

  /** The new name, or null to keep it. */
  public String getName() {
    return name;
  }

  /** The new default token lifetime in seconds, or null to keep it. */
  public Long getDefaultTokenTtl() {
    return defaultTokenTtl;
  }

  /** Builds {@link UpdateMachineParams}. */
  public static final class Builder {
    private String machineId;
    private String name;
    private Long defaultTokenTtl;

    private Builder() {
    }

    /** The machine id; required. */
    public Builder machineId(String id) {
      this.machineId = id;
      return this;
    }

    /** A new name, 1 to 255 characters. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** A new default M2M token lifetime in seconds, 1 to 315360000. */
    public Builder defaultTokenTtl(long seconds) {
      this.defaultTokenTtl = seconds;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "A valid resource ID is required.", "name must be 1 to 255
     *     characters" or "defaultTokenTtl must be between 1 and 315360000"
     */
    public UpdateMachineParams build() {
      MachineChecks.id(machineId);
      MachineChecks.name(name);
      MachineChecks.defaultTokenTtl(defaultTokenTtl);
      return new UpdateMachineParams(this);
    }
  }
}
