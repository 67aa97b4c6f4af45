package io.clerkservlet.testkit;

/** A machine created in the fake Clerk: its id, name and machine secret key. */
public final class MachineCredentials {
  private final String id;
  private final String name;
  private final String secretKey;

  MachineCredentials(String id, String name, String secretKey) {
    this.id = id;
    this.name = name;
    this.secretKey = secretKey;
  }

  /** The machine id, {@code mch_…}. */
  public String getId() {
    return id;
  }

  /** The machine's name. */
  public String getName() {
    return name;
  }

  /** The machine secret key, {@code ak_…}. */
  public String getSecretKey() {
    return secretKey;
  }

  @Override
  public String toString() {
    return "MachineCredentials{id=" + id + ", name=" + name + "}";
  }
}
