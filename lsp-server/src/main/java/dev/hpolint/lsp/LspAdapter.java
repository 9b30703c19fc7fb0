package dev.hpolint.lsp;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.RelatedLocation;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.rules.RuleDocs;
import dev.hpolint.source.LineIndex;
import dev.hpolint.source.Position;
import dev.hpolint.source.Range;
import dev.hpolint.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * The one place where the core's types become LSP4J's and back. The core knows nothing of the
 * protocol; every handler converts through here, so a protocol detail (UTF-16 columns, how a
 * position past the end of a line is read) is decided once.
 */
public final class LspAdapter {
  /** The source every published diagnostic carries, so editors can tell whose finding it is. */
  public static final String SOURCE = "hpolint";

  // RuleDocs reads a resource on every call; diagnostics are published on every keystroke.
  private static final Map<String, String> REFERENCE_URLS = new ConcurrentHashMap<>();

  private LspAdapter() {}

  public static org.eclipse.lsp4j.Position position(Position position) {
    return new org.eclipse.lsp4j.Position(position.line(), position.column());
  }

  public static org.eclipse.lsp4j.Range range(Range range) {
    return new org.eclipse.lsp4j.Range(position(range.start()), position(range.end()));
  }

  public static DiagnosticSeverity severity(Severity severity) {
    return switch (severity) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
    };
  }

  public static org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic finding, String uri) {
    org.eclipse.lsp4j.Diagnostic converted =
        new org.eclipse.lsp4j.Diagnostic(
            range(finding.range()),
            finding.message(),
            severity(finding.severity()),
            SOURCE,
            finding.ruleId());
    converted.setCodeDescription(new DiagnosticCodeDescription(referenceUrl(finding.ruleId())));
    if (!finding.related().isEmpty()) {
      List<DiagnosticRelatedInformation> related = new ArrayList<>();
      for (RelatedLocation location : finding.related()) {
        related.add(
            new DiagnosticRelatedInformation(
                new Location(uri, range(location.range())), location.message()));
      }
      converted.setRelatedInformation(related);
    }
    return converted;
  }

  public static org.eclipse.lsp4j.TextEdit textEdit(TextEdit edit) {
    return new org.eclipse.lsp4j.TextEdit(range(edit.range()), edit.newText());
  }

  /**
   * Edits to one document. With {@code versioned}, the edit names the version it was computed for,
   * so a client that has moved on refuses it instead of garbling the text.
   */
  public static WorkspaceEdit workspaceEdit(
      String uri, int version, List<TextEdit> edits, boolean versioned) {
    List<org.eclipse.lsp4j.TextEdit> converted = edits.stream().map(LspAdapter::textEdit).toList();
    WorkspaceEdit workspaceEdit = new WorkspaceEdit();
    if (versioned) {
      workspaceEdit.setDocumentChanges(
          List.of(
              Either.forLeft(
                  new TextDocumentEdit(
                      new VersionedTextDocumentIdentifier(uri, version), converted))));
    } else {
      workspaceEdit.setChanges(Map.of(uri, converted));
    }
    return workspaceEdit;
  }

  /**
   * The offset of an LSP position. As the protocol says, a character past the end of its line means
   * the end of the line, and a line past the end of the text means the end of the text.
   */
  public static int offset(SourceText source, org.eclipse.lsp4j.Position position) {
    return offset(source.text(), source.lines(), position.getLine(), position.getCharacter());
  }

  public static int offset(String text, LineIndex lines, int line, int character) {
    if (line < 0) {
      return 0;
    }
    if (line >= lines.lineCount()) {
      return text.length();
    }
    int start = lines.lineStart(line);
    int end = lines.lineEnd(line, text);
    return start + Math.max(0, Math.min(character, end - start));
  }

  public static String referenceUrl(String ruleId) {
    return REFERENCE_URLS.computeIfAbsent(ruleId, RuleDocs::referenceUrl);
  }
}
