package io.clerkservlet.api;

import io.clerkservlet.ClerkApiException;
import io.clerkservlet.internal.http.BapiContext;
import io.clerkservlet.internal.http.BapiRequest;
import io.clerkservlet.model.DeletedObject;
import io.clerkservlet.model.Machine;
import io.clerkservlet.model.MachineScope;
import io.clerkservlet.model.MachineSecretKey;
import io.clerkservlet.model.PaginatedResourceResponse;
import java.util.Map;

/**
 * Machines: {@code {apiUrl}/v1/machines} and friends, with the instance secret key. Obtain it
 * from {@code ClerkClient.machines()}.
 *
 * <p>Every method throws {@link IllegalStateException} when the client has no secret key and
 * {@link ClerkApiException} when Clerk refuses (404 for an unknown id) or cannot be reached.
 */
public final class MachineApi {
  private static final String PATH = "machines";

  private final BapiContext context;

  /** Created through {@code ApiFactoryImpl} only; users call {@code ClerkClient.machines()}. */
  MachineApi(BapiContext context) {
    this.context = context;
  }

  /** Lists machines, newest first unless {@code orderBy} says otherwise. */
  public PaginatedResourceResponse<Machine> list(ListMachinesParams params) {
    BapiRequest request = BapiRequest.get(PATH)
        .query("query", params.getQuery())
        .query("limit", params.getLimit())
        .query("offset", params.getOffset())
        .query("order_by", params.getOrderBy());
    return context.list(request, Machine.class);
  }

  /** Lists the first page of machines with Clerk's defaults. */
  public PaginatedResourceResponse<Machine> list() {
    return list(ListMachinesParams.builder().build());
  }

  /** One machine by id, {@code mch_…}, with its scoped machines. */
  public Machine get(String machineId) {
    return context.call(BapiRequest.get(PATH).id(machineId), Machine.class);
  }

  /** Creates a machine; the answer is the only one that carries {@link Machine#getSecretKey()}. */
  public Machine create(CreateMachineParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("name", params.getName());
    if (params.getScopedMachines() != null) {
      body.put("scoped_machines", params.getScopedMachines());
    }
    if (params.getDefaultTokenTtl() != null) {
      body.put("default_token_ttl", params.getDefaultTokenTtl());
    }
    return context.call(BapiRequest.post(PATH).body(body), Machine.class);
  }

  /** Renames a machine or changes its default token lifetime. */
  public Machine update(UpdateMachineParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    if (params.getName() != null) {
      body.put("name", params.getName());
    }
    if (params.getDefaultTokenTtl() != null) {
      body.put("default_token_ttl", params.getDefaultTokenTtl());
    }
    return context.call(BapiRequest.patch(PATH).id(params.getMachineId()).body(body), Machine.class);
  }

  /** Deletes a machine; its secret key stops working. */
  public DeletedObject delete(String machineId) {
    return context.call(BapiRequest.delete(PATH).id(machineId), DeletedObject.class);
  }

  /** The machine's current secret key. */
  public MachineSecretKey getSecretKey(String machineId) {
    return context.call(BapiRequest.get(PATH).id(machineId).path("secret_key"),
        MachineSecretKey.class);
  }

  /**
   * Replaces the machine's secret key; the previous key keeps working for
   * {@code previousTokenTtl} seconds. The answer is the new key.
   */
  public MachineSecretKey rotateSecretKey(RotateMachineSecretKeyParams params) {
    Map<String, Object> body = BapiRequest.newBody();
    body.put("previous_token_ttl", params.getPreviousTokenTtl());
    BapiRequest request = BapiRequest.post(PATH).id(params.getMachineId())
        .path("secret_key").path("rotate").body(body);
    return context.call(request, MachineSecretKey.class);
  }

  /** Lets machine {@code machineId} call machine {@code toMachineId}. */
  public MachineScope createScope(String machineId, String toMachineId) {
    if (toMachineId == null || toMachineId.isEmpty()) {
      throw new IllegalArgumentException("toMachineId is required");
    }
    Map<String, Object> body = BapiRequest.newBody();
    body.put("to_machine_id", toMachineId);
    return context.call(BapiRequest.post(PATH).id(machineId).path("scopes").body(body),
        MachineScope.class);
  }

  /** Stops machine {@code machineId} from calling machine {@code otherMachineId}. */
  public MachineScope deleteScope(String machineId, String otherMachineId) {
    BapiRequest request = BapiRequest.delete(PATH).id(machineId).path("scopes").id(otherMachineId);
    return context.call(request, MachineScope.class);
  }
}
