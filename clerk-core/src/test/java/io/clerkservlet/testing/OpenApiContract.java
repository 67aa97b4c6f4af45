package io.clerkservlet.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.clerkservlet.testkit.RecordedExchange;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates recorded exchanges against Clerk's published OpenAPI spec
 * ({@code openapi/clerk-bapi-2026-05-12.yml} on the test classpath): the request (method, path,
 * query, headers, JSON body) and the answer (status, Content-Type, body) of each exchange.
 *
 * <p>The spec's server is {@code https://api.clerk.com/v1}, so its paths lie below {@code /v1}. The
 * client calls the machine-auth endpoints without that prefix, as {@code @clerk/backend} does, so
 * both {@code /v1/x} and {@code /x} are checked against the spec path {@code /x}. Known spec gaps
 * are tolerated by the narrow rules of {@link ContractWhitelist}.
 */
public final class OpenApiContract {
  /** The spec on the test classpath. */
  public static final String SPEC = "openapi/clerk-bapi-2026-05-12.yml";
  private static final String VERSION_PREFIX = "/v1";

  private OpenApiContract() {
  }

  /** Fails with every violation found in the exchanges (injected faults are skipped). */
  public static void assertConforms(List<RecordedExchange> exchanges) {
    List<String> failures = new ArrayList<>();
    for (RecordedExchange exchange : exchanges) {
      if (exchange.isInjectedFault()) {
        continue;
      }
      List<String> messages = violations(exchange);
      if (!messages.isEmpty()) {
        failures.add(exchange + "\n    - " + String.join("\n    - ", messages));
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(failures.size() + " exchange(s) do not conform to " + SPEC + ":\n  "
          + String.join("\n  ", failures));
    }
  }

  /** The error messages of one exchange, each prefixed with its message key; empty when it conforms. */
  public static List<String> violations(RecordedExchange exchange) {
    ValidationReport report = Holder.VALIDATOR.validate(toRequest(exchange), toResponse(exchange));
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        out.add("[" + m.getKey() + "] " + m.getMessage());
      }
    }
    return out;
  }

  /** The spec path an exchange path maps to: {@code /v1/x} and {@code /x} both give {@code /x}. */
  static String specPath(String path) {
    if (path.equals(VERSION_PREFIX)) {
      return "/";
    }
    return path.startsWith(VERSION_PREFIX + "/") ? path.substring(VERSION_PREFIX.length()) : path;
  }

  private static Request toRequest(RecordedExchange e) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(e.getMethod(),
        VERSION_PREFIX + specPath(e.getPath()));
    for (Map.Entry<String, List<String>> h : e.getRequestHeaders().entrySet()) {
      b.withHeader(h.getKey(), h.getValue());
    }
    for (Map.Entry<String, List<String>> q : parseQuery(e.getRawQuery()).entrySet()) {
      b.withQueryParam(q.getKey(), q.getValue());
    }
    if (!e.getRequestBody().isEmpty()) {
      b.withBody(e.getRequestBody());
    }
    return b.build();
  }

  private static SimpleResponse toResponse(RecordedExchange e) {
    SimpleResponse.Builder b = SimpleResponse.Builder.status(e.getStatus());
    for (Map.Entry<String, String> h : e.getResponseHeaders().entrySet()) {
      b.withHeader(h.getKey(), h.getValue());
    }
    if (!e.getResponseBody().isEmpty()) {
      b.withBody(e.getResponseBody());
    }
    return b.build();
  }

  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** Loads and parses the 720 KB spec once per JVM, on first use. */
  private static final class Holder {
    static final OpenApiInteractionValidator VALIDATOR = load();

    private static OpenApiInteractionValidator load() {
      URL spec = OpenApiContract.class.getClassLoader().getResource(SPEC);
      if (spec == null) {
        throw new IllegalStateException(SPEC + " is not on the test classpath");
      }
      return OpenApiInteractionValidator.createForInlineApiSpecification(SpecPreparation.withoutDiscriminators(spec))
          .withLevelResolver(LevelResolver.create()
              // The spec omits additionalProperties on many schemas (e.g. the inline error bodies of
              // the M2M endpoints); JSON Schema then allows extra fields such as clerk_trace_id and
              // meta. By default the validator injects additionalProperties:false into every such
              // schema, which is stricter than the spec. Explicit `additionalProperties: false` in
              // the spec is still enforced (message keys *.body.schema.additionalProperties).
              .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
              .build())
          .withCustomRequestValidation(new BearerPresence())
          .withWhitelist(ContractWhitelist.rules())
          .build();
    }
  }
}
