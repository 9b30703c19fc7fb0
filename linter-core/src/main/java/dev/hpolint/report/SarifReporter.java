package dev.hpolint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.hpolint.api.HpolintVersion;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.RelatedLocation;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.rules.RuleDocs;
import dev.hpolint.rules.RuleInfo;
import dev.hpolint.source.Range;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, the format of code-scanning services (GitHub's among them): one run whose driver
 * describes every rule with its documentation, and one result per finding with its region, its JSON
 * Pointer as a logical location, related locations and fixes. Regions are one-based and count
 * UTF-16 code units, which the run declares, so they match the core's positions exactly.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://hpolint.dev";
  private static final String POINTER_FINGERPRINT = "hpolintPointer/v1";
  private static final JsonFactory FACTORY = new JsonFactory();

  private final List<RuleInfo> rules;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final Path baseDirectory;

  public SarifReporter(List<RuleInfo> rules, Path baseDirectory) {
    this.rules = List.copyOf(rules);
    for (int i = 0; i < this.rules.size(); i++) {
      ruleIndex.put(this.rules.get(i).id(), i);
    }
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
  }

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(buffer)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA_URI);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      writeTool(json);
      json.writeArrayFieldStart("invocations");
      json.writeStartObject();
      json.writeBooleanField("executionSuccessful", true);
      json.writeEndObject();
      json.writeEndArray();
      json.writeStringField("columnKind", "utf16CodeUnits");
      json.writeArrayFieldStart("results");
      for (FileReport file : files) {
        String uri = uri(file.path());
        for (Diagnostic diagnostic : file.result().diagnostics()) {
          writeResult(json, uri, diagnostic);
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  private void writeTool(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "hpolint");
    json.writeStringField("version", HpolintVersion.get());
    json.writeStringField("informationUri", INFORMATION_URI);
    json.writeArrayFieldStart("rules");
    for (RuleInfo rule : rules) {
      writeRule(json, rule);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeRule(JsonGenerator json, RuleInfo rule) throws IOException {
    String page = RuleDocs.page(rule.id()).orElse(null);
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    writeMessage(json, "shortDescription", rule.summary());
    writeMessage(json, "fullDescription", page == null ? rule.summary() : firstParagraph(page));
    json.writeObjectFieldStart("help");
    json.writeStringField("text", page == null ? rule.summary() : page);
    if (page != null) {
      json.writeStringField("markdown", page);
    }
    json.writeEndObject();
    json.writeStringField("helpUri", RuleDocs.referenceUrl(rule.id()));
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.severity()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("source", rule.source());
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeResult(JsonGenerator json, String uri, Diagnostic diagnostic)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", diagnostic.ruleId());
    Integer index = ruleIndex.get(diagnostic.ruleId());
    if (index != null) {
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", level(diagnostic.severity()));
    writeMessage(json, "message", diagnostic.message());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    writePhysicalLocation(json, uri, diagnostic.range());
    json.writeArrayFieldStart("logicalLocations");
    json.writeStartObject();
    json.writeStringField("fullyQualifiedName", diagnostic.pointer());
    json.writeStringField("kind", "member");
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    if (!diagnostic.related().isEmpty()) {
      json.writeArrayFieldStart("relatedLocations");
      int id = 1;
      for (RelatedLocation related : diagnostic.related()) {
        json.writeStartObject();
        json.writeNumberField("id", id++);
        writePhysicalLocation(json, uri, related.range());
        writeMessage(json, "message", related.message());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (!diagnostic.fixes().isEmpty()) {
      json.writeArrayFieldStart("fixes");
      for (Fix fix : diagnostic.fixes()) {
        writeFix(json, uri, fix);
      }
      json.writeEndArray();
    }
    // Lets a code-scanning service follow a finding when lines move above it, as the baseline
    // does: the rule and the JSON Pointer name it, not its line.
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(
        POINTER_FINGERPRINT,
        fingerprint(uri + "\n" + diagnostic.ruleId() + "\n" + diagnostic.pointer()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("pointer", diagnostic.pointer());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeFix(JsonGenerator json, String uri, Fix fix) throws IOException {
    json.writeStartObject();
    writeMessage(json, "description", fix.title());
    json.writeArrayFieldStart("artifactChanges");
    json.writeStartObject();
    writeArtifactLocation(json, uri);
    json.writeArrayFieldStart("replacements");
    for (TextEdit edit : fix.edits()) {
      json.writeStartObject();
      writeRegion(json, "deletedRegion", edit.range());
      json.writeObjectFieldStart("insertedContent");
      json.writeStringField("text", edit.newText());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    json.writeBooleanField("safe", fix.safe());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writePhysicalLocation(JsonGenerator json, String uri, Range range)
      throws IOException {
    json.writeObjectFieldStart("physicalLocation");
    writeArtifactLocation(json, uri);
    writeRegion(json, "region", range);
    json.writeEndObject();
  }

  private static void writeArtifactLocation(JsonGenerator json, String uri) throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri);
    json.writeEndObject();
  }

  private static void writeRegion(JsonGenerator json, String name, Range range) throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("startLine", range.start().line() + 1);
    json.writeNumberField("startColumn", range.start().column() + 1);
    json.writeNumberField("endLine", range.end().line() + 1);
    json.writeNumberField("endColumn", range.end().column() + 1);
    json.writeEndObject();
  }

  private static void writeMessage(JsonGenerator json, String name, String text)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  /** The file's URI: relative with forward slashes inside the base directory, else file:. */
  String uri(String path) {
    String relative = ReportPaths.relative(path, baseDirectory);
    try {
      if (ReportPaths.isAbsolute(relative)) {
        return Path.of(path).toAbsolutePath().normalize().toUri().toString();
      }
      // A colon in the first segment would read as a scheme ("c:x.json"); "./" keeps it a path.
      int colon = relative.indexOf(':');
      int slash = relative.indexOf('/');
      String safe = colon >= 0 && (slash < 0 || colon < slash) ? "./" + relative : relative;
      // The multi-argument constructor percent-encodes what a URI may not hold (spaces, <, >).
      return new URI(null, null, safe, null).getRawPath();
    } catch (URISyntaxException | RuntimeException e) {
      return relative.replace(" ", "%20");
    }
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * The page's first paragraph of prose, for the one-paragraph description: headings and the
   * severity line the pages open with are left out.
   */
  static String firstParagraph(String page) {
    for (String block : page.split("\\R\\s*\\R")) {
      String text =
          block
              .lines()
              .filter(line -> !line.startsWith("#"))
              .map(String::strip)
              .reduce((a, b) -> a + " " + b)
              .orElse("")
              .strip();
      if (!text.isEmpty() && !text.startsWith("Severity:")) {
        return text;
      }
    }
    return page.strip();
  }

  private static String fingerprint(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform has SHA-256; without it the key itself still identifies the finding.
      return key;
    }
  }
}
