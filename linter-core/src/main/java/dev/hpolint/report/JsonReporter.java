package dev.hpolint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.hpolint.api.HpolintVersion;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.source.Position;
import dev.hpolint.source.Range;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The machine-readable report: tool, files with their findings, and a summary. Lines and columns
 * are one-based, as editors and people count them.
 */
public final class JsonReporter implements Reporter {
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(List<FileReport> files, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator json = FACTORY.createGenerator(buffer)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeStringField("name", "hpolint");
      json.writeStringField("version", HpolintVersion.get());
      json.writeEndObject();
      json.writeArrayFieldStart("files");
      for (FileReport file : files) {
        json.writeStartObject();
        json.writeStringField("path", file.path());
        json.writeArrayFieldStart("diagnostics");
        for (Diagnostic diagnostic : file.result().diagnostics()) {
          writeDiagnostic(json, diagnostic);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      Summary summary = Summary.of(files);
      json.writeObjectFieldStart("summary");
      json.writeNumberField("files", summary.files());
      json.writeNumberField("errors", summary.errors());
      json.writeNumberField("warnings", summary.warnings());
      json.writeNumberField("infos", summary.infos());
      json.writeNumberField("suppressed", summary.suppressed());
      json.writeEndObject();
      json.writeEndObject();
    }
    out.append(buffer.toString()).append('\n');
  }

  private static void writeDiagnostic(JsonGenerator json, Diagnostic diagnostic)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", diagnostic.ruleId());
    json.writeStringField("severity", diagnostic.severity().label());
    json.writeStringField("message", diagnostic.message());
    json.writeStringField("pointer", diagnostic.pointer());
    writeRange(json, "range", diagnostic.range());
    json.writeArrayFieldStart("fixes");
    for (Fix fix : diagnostic.fixes()) {
      json.writeStartObject();
      json.writeStringField("title", fix.title());
      json.writeBooleanField("safe", fix.safe());
      json.writeArrayFieldStart("edits");
      for (TextEdit edit : fix.edits()) {
        json.writeStartObject();
        writeRange(json, "range", edit.range());
        json.writeStringField("newText", edit.newText());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeRange(JsonGenerator json, String name, Range range) throws IOException {
    json.writeObjectFieldStart(name);
    writePosition(json, "start", range.start());
    writePosition(json, "end", range.end());
    json.writeEndObject();
  }

  private static void writePosition(JsonGenerator json, String name, Position position)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("line", position.line() + 1);
    json.writeNumberField("column", position.column() + 1);
    json.writeEndObject();
  }
}
