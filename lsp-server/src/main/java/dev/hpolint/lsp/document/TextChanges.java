package dev.hpolint.lsp.document;

import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.source.LineIndex;
import java.util.List;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * Applies the changes of one {@code didChange} notification to a text, in order, each against the
 * result of the one before, as the protocol specifies. A change without a range replaces the whole
 * text. Ranges outside the text are clamped rather than refused: a client slightly out of step
 * still ends up with a text close to its own, and the next full change repairs it.
 */
public final class TextChanges {

  private TextChanges() {}

  public static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
    String current = text;
    for (TextDocumentContentChangeEvent change : changes) {
      if (change == null || change.getText() == null) {
        continue;
      }
      Range range = change.getRange();
      if (range == null || range.getStart() == null || range.getEnd() == null) {
        current = change.getText();
        continue;
      }
      LineIndex lines = new LineIndex(current);
      int start =
          LspAdapter.offset(
              current, lines, range.getStart().getLine(), range.getStart().getCharacter());
      int end =
          LspAdapter.offset(
              current, lines, range.getEnd().getLine(), range.getEnd().getCharacter());
      if (end < start) {
        int swap = start;
        start = end;
        end = swap;
      }
      current =
          new StringBuilder(current.length() - (end - start) + change.getText().length())
              .append(current, 0, start)
              .append(change.getText())
              .append(current, end, current.length())
              .toString();
    }
    return current;
  }
}
