package io.clerkservlet.model;

/**
 * A machine scope ({@code "object": "machine_scope"}): machine {@code from} may call machine
 * {@code to}. The answer to delete has {@link #isDeleted()} true and no creation time.
 */
public final class MachineScope {
  private String object;
  private String fromMachineId;
  private String toMachineId;
  private Long createdAt;
  private boolean deleted;

  private MachineScope() {
  }

  /** Always {@code machine_scope}. */
  public String getObject() {
    return object;
  }

  /** The machine that gains access, {@code mch_…}. */
  public String getFromMachineId() {
    return fromMachineId;
  }

  /** The machine it may call, {@code mch_…}. */
  public String getToMachineId() {
    return toMachineId;
  }

  /** Creation time in epoch milliseconds, or null in the answer to delete. */
  public Long getCreatedAt() {
    return createdAt;
  }

  /** True in the answer to delete. */
  public boolean isDeleted() {
    return deleted;
  }

  @Override
  public String toString() {
    return "MachineScope{fromMachineId=" + fromMachineId + ", toMachineId=" + toMachineId
        + ", deleted=" + deleted + "}";
  }
}
