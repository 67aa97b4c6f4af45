package io.clerkservlet.api;

/** Parameters of {@link MachineApi#rotateSecretKey(RotateMachineSecretKeyParams)}. */
public final class RotateMachineSecretKeyParams {
  /** The longest grace period Clerk allows for the previous key (eight hours), in seconds. */
  public static final long MAX_PREVIOUS_TOKEN_TTL = 28_800L;

  private final String machineId;
  private final long previousTokenTtl;

  private RotateMachineSecretKeyParams(Builder b) {
    this.machineId = b.machineId;
    this.previousTokenTtl = b.previousTokenTtl;
  }

  /** A new builder; {@code machineId} and {@code previousTokenTtl} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The machine whose key to rotate, {@code mch_…}. */
  public String getMachineId() {
    return machineId;
  }

  /** Seconds the previous key keeps working; 0 ends it at once. */
  public long getPreviousTokenTtl() {
    return previousTokenTtl;
  }

  /** Builds {@link RotateMachineSecretKeyParams}. */
  public static final class Builder {
    private String machineId;
    private Long previousTokenTtl;

    private Builder() {
    }

    /** The machine id; required. */
    public Builder machineId(String id) {
      this.machineId = id;
      return this;
    }

    /** Seconds (0 to 28800) the previous key keeps working; required. */
    public Builder previousTokenTtl(long seconds) {
      this.previousTokenTtl = seconds;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @throws IllegalArgumentException "A valid resource ID is required.", "previousTokenTtl is
     *     required" or "previousTokenTtl must be between 0 and 28800"
     */
    public RotateMachineSecretKeyParams build() {
      MachineChecks.id(machineId);
      if (previousTokenTtl == null) {
        throw new IllegalArgumentException("previousTokenTtl is required");
      }
      if (previousTokenTtl < 0 || previousTokenTtl > MAX_PREVIOUS_TOKEN_TTL) {
        throw new IllegalArgumentException("previousTokenTtl must be between 0 and 28800");
      }
      return new RotateMachineSecretKeyParams(this);
    }
  }
}
