package dev.hpolint.fix;

/** The line ends a file uses, so that edits write the same ones. */
final class LineEnds {

  private LineEnds() {}

  /** CRLF when most line ends of the text are CRLF, otherwise LF. */
  static String dominant(String text) {
    int crlf = 0;
    int lf = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (i > 0 && text.charAt(i - 1) == '\r') {
          crlf++;
        } else {
          lf++;
        }
      }
    }
    return crlf > lf ? "\r\n" : "\n";
  }

  /** Writes every line end of the text as the given one. */
  static String convert(String text, String lineEnd) {
    return text.replace("\r\n", "\n").replace("\n", lineEnd);
  }
}
