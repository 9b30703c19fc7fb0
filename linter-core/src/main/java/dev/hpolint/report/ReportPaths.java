package dev.hpolint.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns the path a file was reported under into the form code-scanning tools want: relative to the
 * base directory (the repository root, in CI) and with forward slashes on every platform.
 */
final class ReportPaths {

  private ReportPaths() {}

  /** The path relative to the base when it lies inside it; otherwise the path as given. */
  static String relative(String path, Path base) {
    Path file;
    try {
      file = Path.of(path);
    } catch (InvalidPathException e) {
      return slashes(path);
    }
    Path absolute = file.toAbsolutePath().normalize();
    if (absolute.startsWith(base)) {
      return slashes(base.relativize(absolute).toString());
    }
    return slashes(file.normalize().toString());
  }

  /** True when the path, made relative, still names a place outside the base directory. */
  static boolean isAbsolute(String relative) {
    return relative.startsWith("/") || relative.matches("^[A-Za-z]:/.*");
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }
}
