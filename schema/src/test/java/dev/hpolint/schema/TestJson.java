package dev.hpolint.schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Reads the module's JSON resources for tests; duplicate keys fail, since they hide data. */
public final class TestJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private TestJson() {}

  public static JsonNode resource(String path) {
    try (InputStream in = SchemaResources.open(path)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  public static byte[] bytes(String path) {
    try (InputStream in = SchemaResources.open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
  }

  public static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Visits every node of the tree with its JSON Pointer. */
  public static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
    visitor.accept(pointer, node);
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(e -> walk(e.getValue(), pointer + "/" + escape(e.getKey()), visitor));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
