package io.clerkservlet.testing;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Optional;

/**
 * Requires an {@code Authorization: Bearer <key>} header wherever the spec requires security.
 *
 * <p>The validator only checks operation-level {@code security} blocks; Clerk's spec sets
 * {@code bearerAuth} once at the top level and opts public operations out with
 * {@code security: []}. Only presence is checked: the spec's bearer format is {@code sk_…}, but the
 * machine-auth endpoints legitimately take machine secret keys ({@code ak_…}).
 */
final class BearerPresence implements CustomRequestValidator {
  static final String KEY = "validation.request.security.missing";

  @Override
  public ValidationReport validate(Request request, ApiOperation operation) {
    List<SecurityRequirement> own = operation.getOperation().getSecurity();
    boolean required = own == null || !own.isEmpty();
    Optional<String> auth = request.getHeaderValue("Authorization");
    boolean present = auth.isPresent() && auth.get().startsWith("Bearer ")
        && !auth.get().substring(7).trim().isEmpty();
    if (!required || present) {
      return ValidationReport.empty();
    }
    return ValidationReport.singleton(ValidationReport.Message.create(KEY,
        operation.getMethod() + " on path '" + operation.getApiPath().normalised()
            + "' requires an Authorization: Bearer header. None found.").build());
  }
}
