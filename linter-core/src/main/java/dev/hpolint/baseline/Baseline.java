package dev.hpolint.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hpolint.api.LintResult;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.files.AtomicFiles;
import dev.hpolint.report.FileReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings a team has accepted for now, so that adopting hpolint on an existing repository
 * fails only on new ones. A finding matches a recorded one with the same file, rule and JSON
 * Pointer; each record has a count, and every match uses one up, so a second identical mistake in
 * the same place is still reported.
 *
 * <p>File paths are stored relative to the baseline file's directory, so the baseline works from
 * any working directory and in any checkout.
 */
public final class Baseline {
  static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<BaselineKey, Integer> counts;
  private final Path directory;

  private Baseline(Map<BaselineKey, Integer> counts, Path directory) {
    this.counts = Collections.unmodifiableMap(new TreeMap<>(counts));
    this.directory = directory;
  }

  /** What remains after matching a run against the baseline. */
  public record Filtered(List<FileReport> files, int baselined, int unmatched) {}

  /** Records every finding of a run, for a baseline file to be written at {@code file}. */
  public static Baseline of(List<FileReport> files, Path file) {
    Path directory = directoryOf(file);
    Map<BaselineKey, Integer> counts = new HashMap<>();
    for (FileReport report : files) {
      for (Diagnostic finding : report.result().diagnostics()) {
        counts.merge(key(report.path(), finding, directory), 1, Integer::sum);
      }
    }
    return new Baseline(counts, directory);
  }

  public static Baseline read(Path file) throws BaselineException {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new BaselineException(
          "cannot read the baseline " + file + ": no such file (write one with --write-baseline)");
    } catch (JsonProcessingException e) {
      throw new BaselineException(
          "the baseline " + file + " is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BaselineException("cannot read the baseline " + file + ": " + e.getMessage());
    }
    if (root == null
        || !root.path("findings").isArray()
        || root.path("version").asInt(-1) != FORMAT_VERSION) {
      throw new BaselineException(
          "the baseline "
              + file
              + " is not an hpolint baseline of version "
              + FORMAT_VERSION
              + " (an object with \"version\": 1 and a \"findings\" list)");
    }
    Map<BaselineKey, Integer> counts = new HashMap<>();
    int index = 0;
    for (JsonNode entry : root.path("findings")) {
      String where = "finding " + index++ + " of the baseline " + file;
      if (!entry.path("file").isTextual()
          || !entry.path("rule").isTextual()
          || !entry.path("pointer").isTextual()) {
        throw new BaselineException(where + " lacks a \"file\", \"rule\" or \"pointer\" string");
      }
      int count = entry.path("count").asInt(1);
      if (count < 1) {
        throw new BaselineException(where + " has a count below 1");
      }
      BaselineKey key =
          new BaselineKey(
              entry.path("file").asText(),
              entry.path("rule").asText(),
              entry.path("pointer").asText());
      counts.merge(key, count, Integer::sum);
    }
    return new Baseline(counts, directoryOf(file));
  }

  /** Writes the baseline as JSON, sorted so that it changes little between runs. */
  public void write(Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", FORMAT_VERSION);
    root.put("tool", "hpolint");
    ArrayNode findings = root.putArray("findings");
    counts.forEach(
        (key, count) -> {
          ObjectNode entry = findings.addObject();
          entry.put("file", key.file());
          entry.put("rule", key.ruleId());
          entry.put("pointer", key.pointer());
          entry.put("count", count);
        });
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    String text = JSON.writer(printer).writeValueAsString(root).replace("\r\n", "\n") + "\n";
    AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** How many findings the baseline holds. */
  public int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<BaselineKey, Integer> counts() {
    return counts;
  }

  /** Leaves out of a run the findings this baseline records. */
  public Filtered filter(List<FileReport> files) {
    Map<BaselineKey, Integer> left = new HashMap<>(counts);
    List<FileReport> kept = new ArrayList<>(files.size());
    int baselined = 0;
    for (FileReport report : files) {
      List<Diagnostic> remaining = new ArrayList<>();
      for (Diagnostic finding : report.result().diagnostics()) {
        BaselineKey key = key(report.path(), finding, directory);
        Integer count = left.get(key);
        if (count != null && count > 0) {
          left.put(key, count - 1);
          baselined++;
        } else {
          remaining.add(finding);
        }
      }
      LintResult result = report.result();
      kept.add(
          new FileReport(
              report.path(), new LintResult(result.source(), remaining, result.suppressed())));
    }
    int unmatched = left.values().stream().mapToInt(Integer::intValue).sum();
    return new Filtered(kept, baselined, unmatched);
  }

  private static BaselineKey key(String reportedPath, Diagnostic finding, Path directory) {
    return new BaselineKey(
        relativePath(reportedPath, directory), finding.ruleId(), finding.pointer());
  }

  /** A reported path relative to the baseline's directory, with forward slashes. */
  static String relativePath(String reportedPath, Path directory) {
    try {
      Path absolute = Path.of(reportedPath).toAbsolutePath().normalize();
      return directory.relativize(absolute).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      // Not a path on this system (standard input's display name): keep the name as it is.
      return reportedPath.replace('\\', '/');
    }
  }

  private static Path directoryOf(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent != null ? parent : file.toAbsolutePath().getRoot();
  }
}
