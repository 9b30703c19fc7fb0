package dev.hpolint.lsp.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class TextChangesTest {

  static TextDocumentContentChangeEvent change(int l1, int c1, int l2, int c2, String text) {
    return new TextDocumentContentChangeEvent(
        new Range(new Position(l1, c1), new Position(l2, c2)), text);
  }

  @Test
  void insertDeleteAndReplaceAcrossLines() {
    String text = "A: 1\nB: 2\nC: 3\n";

    assertThat(TextChanges.apply(text, List.of(change(1, 3, 1, 3, "4"))))
        .isEqualTo("A: 1\nB: 42\nC: 3\n");
    assertThat(TextChanges.apply(text, List.of(change(0, 3, 2, 3, "9")))).isEqualTo("A: 93\n");
    assertThat(TextChanges.apply(text, List.of(change(1, 0, 2, 0, "")))).isEqualTo("A: 1\nC: 3\n");
  }

  @Test
  void changesApplyInOrderEachToTheResultOfTheLast() {
    String text = "abc\n";

    String result =
        TextChanges.apply(text, List.of(change(0, 0, 0, 0, "X\n"), change(1, 1, 1, 2, "Y")));

    assertThat(result).isEqualTo("X\naYc\n");
  }

  @Test
  void aChangeWithoutRangeReplacesEverything() {
    assertThat(TextChanges.apply("old", List.of(new TextDocumentContentChangeEvent("new"))))
        .isEqualTo("new");
  }

  @Test
  void positionsPastTheEndOfALineMeanItsEndNotTheNextLine() {
    assertThat(TextChanges.apply("ab\ncd\n", List.of(change(0, 99, 0, 99, "!"))))
        .isEqualTo("ab!\ncd\n");
    assertThat(TextChanges.apply("ab\r\ncd", List.of(change(0, 99, 0, 99, "!"))))
        .isEqualTo("ab!\r\ncd");
    assertThat(TextChanges.apply("ab\ncd", List.of(change(7, 0, 9, 0, "!")))).isEqualTo("ab\ncd!");
  }

  @Test
  void columnsCountUtf16Units() {
    // "𝜃" is two UTF-16 units, as LSP positions count them by default.
    assertThat(TextChanges.apply("a: 𝜃x\n", List.of(change(0, 5, 0, 6, "y"))))
        .isEqualTo("a: 𝜃y\n");
  }

  @Test
  void nullChangesAreSkipped() {
    java.util.ArrayList<TextDocumentContentChangeEvent> changes = new java.util.ArrayList<>();
    changes.add(null);
    changes.add(new TextDocumentContentChangeEvent());

    assertThat(TextChanges.apply("same", changes)).isEqualTo("same");
  }
}
