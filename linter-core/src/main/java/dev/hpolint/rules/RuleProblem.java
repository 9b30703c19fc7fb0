package dev.hpolint.rules;

/**
 * A mistake in a rule file, found when it is loaded: where it is and what is wrong, printed like a
 * compiler's message with the source line and a caret under the place.
 *
 * @param line zero-based, as everywhere in hpolint; {@link #format()} prints it one-based
 * @param column zero-based
 * @param length how many characters to underline (at least one caret is printed)
 * @param sourceLine the text of that line of the rule file, without its line break
 */
public record RuleProblem(
    String file, int line, int column, int length, String message, String sourceLine) {

  /** {@code file:line:col: message}, then the line and a caret, as a compiler prints it. */
  public String format() {
    StringBuilder out = new StringBuilder();
    out.append(file).append(':').append(line + 1).append(':').append(column + 1).append(": ");
    out.append(message);
    if (sourceLine != null && !sourceLine.isBlank()) {
      out.append('\n').append("  ").append(sourceLine.stripTrailing()).append('\n').append("  ");
      for (int i = 0; i < column && i < sourceLine.length(); i++) {
        // Keep tabs so that the caret lines up under tabbed text.
        out.append(sourceLine.charAt(i) == '\t' ? '\t' : ' ');
      }
      int carets = Math.max(1, Math.min(length, sourceLine.length() - column));
      out.append("^").append("~".repeat(Math.max(0, carets - 1)));
    }
    return out.toString();
  }
}
