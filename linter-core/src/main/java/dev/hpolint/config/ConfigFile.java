package dev.hpolint.config;

import dev.hpolint.diagnostic.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Finds and reads {@code .hpolint.yaml}:
 *
 * <pre>
 * rules:                       # per rule id: off, error, warning or info
 *   HPO-DEFS-SINGLE: off
 *   HPO-PARALLEL-QUOTA: error
 * ruleFiles: [policies/team.rules]
 * exclude: ["generated/**"]
 * suppressions:                # for JSON, which has no comments
 *   - files: "jobs/*.json"
 *     rule: HPO-GRID-MAXJOBS
 *     pointer: /HyperParameterTuningJobConfig/ResourceLimits
 *     reason: the grid is capped on purpose
 * </pre>
 *
 * Every mistake is a {@link ConfigException} whose message names the file and the entry.
 */
public final class ConfigFile {
  public static final String NAME = ".hpolint.yaml";
  private static final Set<String> KEYS = Set.of("rules", "ruleFiles", "exclude", "suppressions");

  private ConfigFile() {}

  /** The nearest {@code .hpolint.yaml} in the directory of a file or above it, or null. */
  public static Path findFrom(Path linted) {
    Path start = linted.toAbsolutePath().normalize();
    Path directory = Files.isDirectory(start) ? start : start.getParent();
    for (Path dir = directory; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  public static ProjectConfig read(Path file) throws ConfigException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read " + file + ": " + e.getMessage());
    }
    return parse(file, text);
  }

  static ProjectConfig parse(Path file, String text) throws ConfigException {
    Object root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setMaxAliasesForCollections(20);
      options.setCodePointLimit(1_000_000);
      root = new Yaml(new SafeConstructor(options)).load(text);
    } catch (MarkedYAMLException e) {
      String where =
          e.getProblemMark() == null
              ? ""
              : ":"
                  + (e.getProblemMark().getLine() + 1)
                  + ":"
                  + (e.getProblemMark().getColumn() + 1);
      throw new ConfigException(file + where + ": not valid YAML: " + e.getProblem());
    } catch (YAMLException e) {
      throw new ConfigException(file + ": not valid YAML: " + firstLine(e.getMessage()));
    }
    if (root == null) {
      return new ProjectConfig(file, Set.of(), Map.of(), List.of(), List.of(), List.of());
    }
    if (!(root instanceof Map<?, ?> map)) {
      throw new ConfigException(file + ": the configuration must be a mapping of " + KEYS);
    }
    for (Object key : map.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        throw new ConfigException(
            file
                + ": unknown entry '"
                + key
                + "'; the entries are rules, ruleFiles, exclude and suppressions");
      }
    }
    Set<String> disabled = new LinkedHashSet<>();
    Map<String, Severity> severities = new LinkedHashMap<>();
    readRules(file, map.get("rules"), disabled, severities);
    Path base = file.toAbsolutePath().getParent();
    List<Path> ruleFiles = new ArrayList<>();
    for (String name : strings(file, "ruleFiles", map.get("ruleFiles"))) {
      ruleFiles.add(base.resolve(name).normalize());
    }
    List<String> exclude = strings(file, "exclude", map.get("exclude"));
    return new ProjectConfig(
        file,
        disabled,
        severities,
        ruleFiles,
        exclude,
        suppressions(file, map.get("suppressions")));
  }

  private static void readRules(
      Path file, Object rules, Set<String> disabled, Map<String, Severity> severities)
      throws ConfigException {
    if (rules == null) {
      return;
    }
    if (!(rules instanceof Map<?, ?> map)) {
      throw new ConfigException(
          file + ": 'rules' must map rule ids to off, error, warning or info");
    }
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String id = String.valueOf(entry.getKey());
      Object value = entry.getValue();
      // YAML 1.1 reads an unquoted off as false.
      if (Boolean.FALSE.equals(value) || "off".equalsIgnoreCase(String.valueOf(value))) {
        disabled.add(id);
        continue;
      }
      Severity severity = Severity.parse(String.valueOf(value));
      if (severity == null) {
        throw new ConfigException(
            file + ": rules." + id + " is '" + value + "'; write off, error, warning or info");
      }
      severities.put(id, severity);
    }
  }

  private static List<String> strings(Path file, String entry, Object value)
      throws ConfigException {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!(value instanceof List<?> list)) {
      throw new ConfigException(file + ": '" + entry + "' must be a list");
    }
    for (Object item : list) {
      if (!(item instanceof String s) || s.isBlank()) {
        throw new ConfigException(
            file + ": every item of '" + entry + "' must be a text, not " + item);
      }
      result.add(s);
    }
    return result;
  }

  private static List<ProjectConfig.JsonSuppression> suppressions(Path file, Object value)
      throws ConfigException {
    List<ProjectConfig.JsonSuppression> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (!(value instanceof List<?> list)) {
      throw new ConfigException(file + ": 'suppressions' must be a list");
    }
    int index = 0;
    for (Object item : list) {
      index++;
      String where = file + ": suppression " + index;
      if (!(item instanceof Map<?, ?> map)) {
        throw new ConfigException(
            where + " must be a mapping with files, rule, pointer and reason");
      }
      String files = text(map, "files");
      String rule = text(map, "rule");
      String pointer = text(map, "pointer");
      String reason = text(map, "reason");
      if (files == null || rule == null) {
        throw new ConfigException(where + " needs 'files' (a glob) and 'rule' (a rule id)");
      }
      if (reason == null) {
        throw new ConfigException(where + " needs a 'reason': say why the finding does not apply");
      }
      if (pointer != null && !pointer.isEmpty() && !pointer.startsWith("/")) {
        throw new ConfigException(
            where + ": 'pointer' is a JSON Pointer such as /Tags/0, not " + pointer);
      }
      result.add(new ProjectConfig.JsonSuppression(files, rule, pointer, reason));
    }
    return result;
  }

  private static String text(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value == null ? null : String.valueOf(value).strip();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
