package io.clerkservlet.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

/**
 * Prepares Clerk's spec for the validator. The only change: {@code discriminator} hints are
 * dropped. Several verification schemas name {@code object} as discriminator without listing it as
 * required, which the validator's JSON Schema library rejects as an invalid schema ("cannot
 * continue"), so every User or Email response would go unchecked. Without the hint the
 * {@code oneOf} alternatives are still checked, each against its full schema.
 */
final class SpecPreparation {
  private SpecPreparation() {
  }

  static String withoutDiscriminators(URL spec) {
    try {
      JsonNode root = new YAMLMapper().readTree(spec);
      strip(root);
      return new ObjectMapper().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + spec, e);
    }
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      ((ObjectNode) node).remove("discriminator");
    }
    for (JsonNode child : node) {
      strip(child);
    }
  }
}
