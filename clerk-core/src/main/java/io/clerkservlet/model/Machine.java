package io.clerkservlet.model;

import io.clerkservlet.internal.Redaction;
import java.util.Collections;
import java.util.List;

/**
 * A machine ({@code "object": "machine"}): a service that authenticates with M2M tokens.
 * Timestamps are epoch milliseconds. {@link #getSecretKey()} is set only in the answer to create;
 * {@link #toString()} never shows it.
 */
public final class Machine {
  private String object;
  private String id;
  private String name;
  private String instanceId;
  private long createdAt;
  private long updatedAt;
  private Long defaultTokenTtl;
  private List<Machine> scopedMachines;
  private String secretKey;

  private Machine() {
  }

  /** Always {@code machine}. */
  public String getObject() {
    return object;
  }

  /** The machine id, {@code mch_…}. */
  public String getId() {
    return id;
  }

  /** The machine's name. */
  public String getName() {
    return name;
  }

  /** The instance the machine belongs to, {@code ins_…}. */
  public String getInstanceId() {
    return instanceId;
  }

  /** Creation time in epoch milliseconds. */
  public long getCreatedAt() {
    return createdAt;
  }

  /** Last update in epoch milliseconds. */
  public long getUpdatedAt() {
    return updatedAt;
  }

  /** Default lifetime in seconds of the M2M tokens it creates, or null when Clerk did not say. */
  public Long getDefaultTokenTtl() {
    return defaultTokenTtl;
  }

  /**
   * The machines this machine may call; never null. Each of them has an empty list here (Clerk
   * nests only one level).
   */
  public List<Machine> getScopedMachines() {
    return scopedMachines == null
        ? Collections.<Machine>emptyList() : Collections.unmodifiableList(scopedMachines);
  }

  /** The machine secret key ({@code ak_…}); present only in the answer to create. */
  public String getSecretKey() {
    return secretKey;
  }

  @Override
  public String toString() {
    return "Machine{id=" + id + ", name=" + name + ", defaultTokenTtl=" + defaultTokenTtl
        + ", scopedMachines=" + getScopedMachines().size()
        + ", secretKey=" + Redaction.secret(secretKey) + "}";
  }
}
