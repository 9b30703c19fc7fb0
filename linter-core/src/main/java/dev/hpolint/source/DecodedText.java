package dev.hpolint.source;

/**
 * The result of turning a file's bytes into text: either the text, or why the bytes are not text
 * and where the first offending byte sits (zero-based line and column of the text decoded so far).
 */
public record DecodedText(String text, String problem, int problemLine, int problemColumn) {

  public static DecodedText ok(String text) {
    return new DecodedText(text, null, 0, 0);
  }

  public static DecodedText failed(String problem, int line, int column) {
    return new DecodedText(null, problem, line, column);
  }

  public boolean isText() {
    return text != null;
  }
}
