package dev.hpolint.lsp.settings;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads settings from whatever an editor sends, which varies: VS Code sends the whole {@code
 * hpolint} section wrapped in its name, other clients send the section itself, some send nothing. A
 * value that cannot be understood is left out and named in a warning; it never stops the rest from
 * applying.
 */
public final class SettingsReader {
  private static final Set<String> KNOWN_KEYS = Set.of("rules", "configFile");

  /** Settings and the warnings met while reading them. */
  public record Read(ServerSettings settings, List<String> warnings) {}

  private final Set<String> knownRules;

  /**
   * @param knownRules the rule ids the linter reports; settings for other ids are reported, since a
   *     typo in a rule id would otherwise silently do nothing
   */
  public SettingsReader(Set<String> knownRules) {
    this.knownRules = Set.copyOf(knownRules);
  }

  public Read read(Object raw) {
    List<String> warnings = new ArrayList<>();
    if (raw == null || (raw instanceof JsonElement element && element.isJsonNull())) {
      return new Read(ServerSettings.DEFAULT, warnings);
    }
    if (!(raw instanceof JsonObject object)) {
      warnings.add("hpolint settings must be an object; ignoring " + shorten(raw));
      return new Read(ServerSettings.DEFAULT, warnings);
    }
    JsonObject section = object;
    if (object.has("hpolint")) {
      JsonElement inner = object.get("hpolint");
      if (!inner.isJsonObject()) {
        warnings.add("the hpolint setting must be an object; ignoring " + shorten(inner));
        return new Read(ServerSettings.DEFAULT, warnings);
      }
      section = inner.getAsJsonObject();
    }
    for (String key : section.keySet()) {
      if (!KNOWN_KEYS.contains(key)) {
        warnings.add("unknown hpolint setting '" + key + "' ignored");
      }
    }
    Map<String, RuleSetting> rules = new LinkedHashMap<>();
    JsonElement rulesElement = section.get("rules");
    if (rulesElement != null && !rulesElement.isJsonNull()) {
      if (!rulesElement.isJsonObject()) {
        warnings.add(
            "hpolint.rules must map rule ids to off, error, warning or info; ignoring "
                + shorten(rulesElement));
      } else {
        rulesElement
            .getAsJsonObject()
            .entrySet()
            .forEach(entry -> readRule(entry.getKey(), entry.getValue(), rules, warnings));
      }
    }
    return new Read(
        new ServerSettings(rules, configFile(section.get("configFile"), warnings)), warnings);
  }

  /** An absolute path to an existing file, or null (an empty setting means "the nearest one"). */
  private static Path configFile(JsonElement value, List<String> warnings) {
    if (value == null || value.isJsonNull()) {
      return null;
    }
    if (!(value instanceof JsonPrimitive primitive && primitive.isString())) {
      warnings.add("hpolint.configFile must be a path; ignoring " + shorten(value));
      return null;
    }
    String text = primitive.getAsString().strip();
    if (text.isEmpty()) {
      return null;
    }
    Path path;
    try {
      path = Path.of(text);
    } catch (RuntimeException e) {
      warnings.add("hpolint.configFile is not a path: " + shorten(text));
      return null;
    }
    if (!path.isAbsolute() || !Files.isRegularFile(path)) {
      warnings.add(
          "hpolint.configFile "
              + text
              + " is not an absolute path to a file; the nearest"
              + " .hpolint.yaml applies instead");
      return null;
    }
    return path;
  }

  private void readRule(
      String id, JsonElement value, Map<String, RuleSetting> rules, List<String> warnings) {
    RuleSetting setting =
        value instanceof JsonPrimitive primitive && primitive.isString()
            ? RuleSetting.parse(primitive.getAsString())
            : null;
    if (setting == null) {
      warnings.add(
          "hpolint.rules."
              + id
              + " must be off, error, warning or info, not "
              + shorten(value)
              + "; the rule keeps its default");
      return;
    }
    if (!knownRules.contains(id)) {
      warnings.add("hpolint.rules." + id + " names no hpolint rule; ignored");
      return;
    }
    rules.put(id, setting);
  }

  private static String shorten(Object value) {
    String text = String.valueOf(value);
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
