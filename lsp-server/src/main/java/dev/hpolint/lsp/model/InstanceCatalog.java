package dev.hpolint.lsp.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The training instance types of the schema module's catalog, with what a user picks one by: how
 * many GPUs it has and whether it brings local storage.
 */
public final class InstanceCatalog {
  public static final String RESOURCE = "/dev/hpolint/schema/instance-types.json";

  /**
   * One instance type.
   *
   * @param storage nvme (local instance store), ebs (network volume only) or unknown
   * @param localStorageGb the local instance store in decimal GB, or 0
   */
  public record InstanceType(
      String name, String family, String storage, int localStorageGb, int gpus, String gpuModel) {

    /** "4 GPUs (NVIDIA T4) · 900 GB local NVMe storage". */
    public String summary() {
      String accelerators =
          gpus == 0
              ? "no GPU"
              : gpus
                  + (gpus == 1 ? " GPU" : " GPUs")
                  + (gpuModel == null ? "" : " (" + gpuModel + ")");
      String disk =
          switch (storage) {
            case "nvme" ->
                localStorageGb > 0
                    ? localStorageGb + " GB local NVMe storage"
                    : "local NVMe storage";
            case "ebs" -> "no local storage (EBS volume)";
            default -> "local storage not documented";
          };
      return accelerators + " · " + disk;
    }
  }

  private static volatile InstanceCatalog bundled;

  private final Map<String, InstanceType> types;

  private InstanceCatalog(Map<String, InstanceType> types) {
    this.types = Map.copyOf(types);
  }

  public static InstanceCatalog bundled() {
    InstanceCatalog catalog = bundled;
    if (catalog == null) {
      catalog = read(InstanceCatalog.class.getResourceAsStream(RESOURCE));
      bundled = catalog;
    }
    return catalog;
  }

  static InstanceCatalog read(InputStream in) {
    Map<String, InstanceType> types = new HashMap<>();
    if (in == null) {
      return new InstanceCatalog(types);
    }
    try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      JsonElement root = JsonParser.parseReader(reader);
      JsonObject entries = root.getAsJsonObject().getAsJsonObject("types");
      for (Map.Entry<String, JsonElement> entry : entries.entrySet()) {
        JsonObject type = entry.getValue().getAsJsonObject();
        types.put(
            entry.getKey(),
            new InstanceType(
                entry.getKey(),
                text(type, "family"),
                text(type, "storage") == null ? "unknown" : text(type, "storage"),
                number(type, "localStorageGb"),
                number(type, "gpus"),
                text(type, "gpuModel")));
      }
    } catch (IOException | RuntimeException e) {
      // The details are a nicety of completion; without them instance types are still offered.
    }
    return new InstanceCatalog(types);
  }

  public Optional<InstanceType> get(String name) {
    return Optional.ofNullable(types.get(name));
  }

  private static String text(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
  }

  private static int number(JsonObject object, String field) {
    JsonElement value = object.get(field);
    return value == null || !value.isJsonPrimitive() ? 0 : value.getAsInt();
  }
}
