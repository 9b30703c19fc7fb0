package dev.hpolint.schema.generator;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hpolint.schema.SchemaResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * hpolint's own hover texts for shapes ({@code "Shape"}) and members ({@code "Shape.Member"}), each
 * followed by a link to the API Reference page. The texts live in a data file so that rewording one
 * is not a code change; a model newer than the file gets a generic sentence.
 */
final class Descriptions {

  static final String RESOURCE = "/dev/hpolint/schema/generator/descriptions.json";
  static final String REFERENCE_BASE =
      "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_";

  private final JsonNode texts;

  Descriptions(JsonNode texts) {
    this.texts = texts;
  }

  static Descriptions builtIn() {
    try (InputStream in = SchemaResources.open(RESOURCE)) {
      // A key written twice would silently lose one text; make it a build failure instead.
      return new Descriptions(
          new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  String ofShape(String shape, String page) {
    return withLink(
        texts
            .path(shape)
            .asText(
                "Value of the botocore shape "
                    + shape
                    + ", which hpolint has no description for yet (it may come from a newer API model)."),
        page);
  }

  String ofMember(String structure, String member, String page) {
    return withLink(
        texts
            .path(structure + "." + member)
            .asText(
                "The "
                    + member
                    + " member of "
                    + structure
                    + ", which hpolint has no description for yet (it may come from a newer API model)."),
        page);
  }

  private static String withLink(String text, String page) {
    return text + " See " + REFERENCE_BASE + page + ".html";
  }
}
