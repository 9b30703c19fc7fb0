package dev.hpolint.lsp.completion;

import dev.hpolint.fix.ScalarWriter;
import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.lsp.cursor.CursorContext;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** How a completion item changes the text: which span it replaces and what it writes. */
final class CompletionEdits {

  private CompletionEdits() {}

  /**
   * Sets the edit that replaces the token under the cursor. Clients filter items by the text from
   * the start of that range to the cursor, which includes any opening quote, so the filter text
   * starts with the same quote.
   */
  static void replaceToken(
      CompletionRequest request,
      CompletionItem item,
      String insert,
      String label,
      boolean snippet) {
    CursorContext cursor = request.cursor();
    SourceText source = request.source();
    // An edit's range must stay on the cursor's line.
    int line = source.position(request.offset()).line();
    int lineStart = source.lines().lineStart(line);
    int lineEnd = source.lines().lineEnd(line, source.text());
    int start = Math.max(cursor.tokenStart(), lineStart);
    int end = Math.min(Math.max(cursor.tokenEnd(), request.offset()), lineEnd);
    String text = insert;
    if (request.syntax() == Syntax.YAML && start > 0) {
      char before = source.text().charAt(start - 1);
      if (before == ':' || before == '-') {
        text = " " + text; // "Name:|" or "-|": YAML needs the space
      }
    }
    item.setTextEdit(
        Either.forLeft(new TextEdit(LspAdapter.range(source.range(start, end)), text)));
    item.setFilterText(cursor.quote() == 0 ? label : cursor.quote() + label);
    item.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
    // Indentation of multi-line inserts is computed here, so the client must not add its own.
    item.setInsertTextMode(InsertTextMode.AsIs);
    if (cursor.missingCommaAt() >= 0) {
      int comma = cursor.missingCommaAt();
      item.setAdditionalTextEdits(
          List.of(new TextEdit(LspAdapter.range(source.range(comma, comma)), ",")));
    }
  }

  /** A string value as the notation writes it, keeping the quote the user opened. */
  static String stringLiteral(CompletionRequest request, String value) {
    char quote = request.cursor().quote();
    if (request.syntax() == Syntax.JSON || quote == '"') {
      return ScalarWriter.doubleQuoted(value);
    }
    if (quote == '\'') {
      return "'" + value.replace("'", "''") + "'";
    }
    return ScalarWriter.string(value, Syntax.YAML, null);
  }

  /** The indentation new lines of a member's value are written relative to. */
  static String indentAt(CompletionRequest request) {
    SourceText source = request.source();
    int tokenStart = request.cursor().tokenStart();
    int lineStart = source.lines().lineStart(source.position(tokenStart).line());
    if (request.syntax() == Syntax.YAML) {
      // The member's own column: under "- Name:", children line up with Name, not the dash.
      return " ".repeat(Math.max(0, tokenStart - lineStart));
    }
    String line = source.text().substring(lineStart, Math.max(lineStart, tokenStart));
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(0, i);
  }
}
