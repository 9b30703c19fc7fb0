package dev.hpolint.source;

import java.util.Arrays;

/**
 * Converts offsets to line and column with one binary search. Built once per text, so every range
 * of a document derives its line and column from the same table. Recognises {@code \n}, {@code
 * \r\n} and a lone {@code \r} as line ends, as both JSON and YAML do.
 */
public final class LineIndex {
  private final int[] lineStarts;
  private final int length;

  public LineIndex(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.length = n;
  }

  public Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    int line = Arrays.binarySearch(lineStarts, clamped);
    if (line < 0) {
      line = -line - 2;
    }
    return new Position(clamped, line, clamped - lineStarts[line]);
  }

  public Range range(int startOffset, int endOffset) {
    return new Range(position(startOffset), position(Math.max(startOffset, endOffset)));
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** Offset of the first character of a zero-based line. */
  public int lineStart(int line) {
    return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
  }

  /** Offset just past the last character of a line, before its line end. */
  public int lineEnd(int line, CharSequence text) {
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : length;
    while (end > lineStart(line)
        && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  /** The offset of a zero-based line and column, clamped into the text. */
  public int offset(int line, int column) {
    if (line >= lineStarts.length) {
      return length;
    }
    int start = lineStart(line);
    int next = line + 1 < lineStarts.length ? lineStarts[line + 1] : length;
    return Math.min(start + Math.max(0, column), next);
  }
}
