package dev.hpolint.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of one file, with {@code a/} and {@code b/} prefixes so that {@code git apply} and
 * {@code patch -p1} take it as it is.
 */
final class UnifiedDiff {
  private static final int CONTEXT_LINES = 3;

  private UnifiedDiff() {}

  static String of(String path, String before, String after) {
    List<String> original = lines(before);
    List<String> revised = lines(after);
    Patch<String> patch = DiffUtils.diff(original, revised);
    if (patch.getDeltas().isEmpty()) {
      return "";
    }
    String name = normalised(path);
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(
            "a/" + name, "b/" + name, original, patch, CONTEXT_LINES);
    return String.join("\n", diff) + "\n";
  }

  /** The path without "./" steps, which patch tools would take literally. */
  private static String normalised(String path) {
    String name = path.replace('\\', '/');
    try {
      name = Path.of(path).normalize().toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      // Standard input's display name, say: shown as it is.
    }
    return name.startsWith("/") ? name.substring(1) : name;
  }

  /** The lines of a text without their line ends; a CR of a CRLF file stays with its line. */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }
}
