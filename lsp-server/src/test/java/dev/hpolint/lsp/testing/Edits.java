package dev.hpolint.lsp.testing;

import dev.hpolint.source.LineIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;

/** Applies a workspace edit to a text the way an editor does, for tests to check the result. */
public final class Edits {

  private Edits() {}

  public static String apply(String text, CodeAction action) {
    return apply(text, edits(action.getEdit()));
  }

  public static List<TextEdit> edits(WorkspaceEdit edit) {
    List<TextEdit> edits = new ArrayList<>();
    if (edit.getDocumentChanges() != null) {
      for (var change : edit.getDocumentChanges()) {
        TextDocumentEdit documentEdit = change.getLeft();
        edits.addAll(documentEdit.getEdits());
      }
    }
    if (edit.getChanges() != null) {
      edit.getChanges().values().forEach(edits::addAll);
    }
    return edits;
  }

  public static String apply(String text, List<TextEdit> edits) {
    LineIndex lines = new LineIndex(text);
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(
        Comparator.comparingInt((TextEdit e) -> offset(lines, e.getRange().getStart())).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit edit : sorted) {
      out.replace(
          offset(lines, edit.getRange().getStart()),
          offset(lines, edit.getRange().getEnd()),
          edit.getNewText());
    }
    return out.toString();
  }

  private static int offset(LineIndex lines, org.eclipse.lsp4j.Position position) {
    return lines.offset(position.getLine(), position.getCharacter());
  }
}
