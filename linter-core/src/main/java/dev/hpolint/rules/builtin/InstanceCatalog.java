package dev.hpolint.rules.builtin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hpolint.schema.SchemaResources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The training instance types of the schema module's {@code instance-types.json}, read once. */
public final class InstanceCatalog {
  private static final InstanceCatalog BUNDLED = read();

  /** One type: storage is nvme, ebs or unknown; numbers are null when not known. */
  public record InstanceType(
      String name, String storage, Integer localStorageGb, Integer gpus, Integer trainiumChips) {}

  private final Map<String, InstanceType> types;

  private InstanceCatalog(Map<String, InstanceType> types) {
    this.types = Collections.unmodifiableMap(types);
  }

  public static InstanceCatalog bundled() {
    return BUNDLED;
  }

  public InstanceType get(String name) {
    return name == null ? null : types.get(name);
  }

  private static InstanceCatalog read() {
    try (InputStream in = SchemaResources.open(SchemaResources.INSTANCE_TYPES)) {
      JsonNode json = new ObjectMapper().readTree(in);
      Map<String, InstanceType> types = new LinkedHashMap<>();
      json.path("types")
          .fields()
          .forEachRemaining(
              entry -> {
                JsonNode type = entry.getValue();
                types.put(
                    entry.getKey(),
                    new InstanceType(
                        entry.getKey(),
                        type.path("storage").asText("unknown"),
                        integer(type, "localStorageGb"),
                        integer(type, "gpus"),
                        integer(type, "trainiumChips")));
              });
      return new InstanceCatalog(types);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the instance-type catalog", e);
    }
  }

  private static Integer integer(JsonNode node, String field) {
    return node.has(field) && node.get(field).canConvertToInt() ? node.get(field).asInt() : null;
  }
}
