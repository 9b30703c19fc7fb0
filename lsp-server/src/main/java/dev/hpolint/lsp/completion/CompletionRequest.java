package dev.hpolint.lsp.completion;

import dev.hpolint.lsp.cursor.CursorContext;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.lsp.model.DocumentFacts;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ParseLimits;
import dev.hpolint.tree.ParseResult;
import dev.hpolint.tree.ParsedDocument;
import dev.hpolint.tree.YamlReader;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/** Everything one completion needs to know about where it is asked. */
final class CompletionRequest {
  private final DocumentSnapshot snapshot;
  private final CursorContext cursor;
  private final int offset;
  private final boolean snippets;
  private final CancelChecker cancel;
  private DocumentFacts facts;

  CompletionRequest(
      DocumentSnapshot snapshot,
      CursorContext cursor,
      int offset,
      boolean snippets,
      CancelChecker cancel) {
    this.snapshot = snapshot;
    this.cursor = cursor;
    this.offset = offset;
    this.snippets = snippets;
    this.cancel = cancel;
  }

  CursorContext cursor() {
    return cursor;
  }

  int offset() {
    return offset;
  }

  boolean snippets() {
    return snippets;
  }

  SourceText source() {
    return snapshot.source();
  }

  Syntax syntax() {
    return snapshot.syntax();
  }

  void checkCanceled() {
    cancel.checkCanceled();
  }

  /**
   * The names the document defines (metrics, hyperparameters), read once per request and only if
   * asked: from the current text if it parses, else from the text without the cursor's line (YAML,
   * where the line being typed is usually all that breaks it), else from the last version that
   * parsed.
   */
  DocumentFacts facts() {
    if (facts == null) {
      facts = readFacts();
    }
    return facts;
  }

  private DocumentFacts readFacts() {
    if (snapshot.parsedCleanly()) {
      return new DocumentFacts(snapshot.lastCleanRoots());
    }
    if (snapshot.syntax() == Syntax.YAML) {
      SourceText source = snapshot.source();
      int line = source.position(offset).line();
      int start = source.lines().lineStart(line);
      int end = source.lines().lineEnd(line, source.text());
      String repaired = source.text().substring(0, start) + source.text().substring(end);
      ParseResult parsed =
          new YamlReader(ParseLimits.DEFAULT)
              .read(new SourceText(source.name(), repaired, Syntax.YAML));
      if (parsed.problems().isEmpty()) {
        List<Node> roots = new ArrayList<>();
        for (ParsedDocument document : parsed.documents()) {
          if (document.root() != null) {
            roots.add(document.root());
          }
        }
        return new DocumentFacts(roots);
      }
    }
    return new DocumentFacts(snapshot.lastCleanRoots());
  }
}
