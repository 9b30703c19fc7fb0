package dev.hpolint.tree;

import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;

/**
 * SnakeYAML counts positions in code points, Java strings (and so hpolint's ranges) in UTF-16
 * units. The two differ only after a character outside the Basic Multilingual Plane, such as an
 * emoji; this keeps the code-point index of each such character to convert between them.
 */
final class CodePointOffsets {
  private final int[] supplementaryAt;
  private final int textLength;

  CodePointOffsets(String text) {
    int[] found = new int[0];
    int count = 0;
    int codePoint = 0;
    for (int i = 0; i < text.length(); codePoint++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (count == found.length) {
          found = Arrays.copyOf(found, Math.max(8, count * 2));
        }
        found[count++] = codePoint;
        i += 2;
      } else {
        i++;
      }
    }
    this.supplementaryAt = Arrays.copyOf(found, count);
    this.textLength = text.length();
  }

  int of(Mark mark) {
    return mark == null ? 0 : of(mark.getIndex());
  }

  int of(int codePointIndex) {
    if (supplementaryAt.length == 0) {
      return Math.min(codePointIndex, textLength);
    }
    int before = Arrays.binarySearch(supplementaryAt, codePointIndex);
    if (before < 0) {
      before = -before - 1;
    }
    return Math.min(codePointIndex + before, textLength);
  }
}
