package dev.hpolint.lsp.cursor;

import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import java.util.Optional;

/** Works out what the cursor is writing, in JSON or in YAML, whether or not the text parses. */
public final class CursorLocator {

  private CursorLocator() {}

  public static Optional<CursorContext> locate(SourceText source, int offset) {
    try {
      return source.syntax() == Syntax.JSON
          ? new JsonCursorScanner(source.text(), offset).scan()
          : new YamlCursorScanner(source, offset).scan();
    } catch (RuntimeException e) {
      // A scan is a best guess over text in mid-edit; a text it cannot follow means no context,
      // not a failed request.
      return Optional.empty();
    }
  }
}
