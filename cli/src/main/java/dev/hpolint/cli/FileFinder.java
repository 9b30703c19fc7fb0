package dev.hpolint.cli;

import dev.hpolint.files.RequestFiles;
import dev.hpolint.files.Unreadable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the paths given on the command line: files are always linted (with {@code
 * --requests-only}, only when they are requests); directories are searched for requests the same
 * way the Maven plugin searches a project, leaving out hidden folders, build output and
 * dependencies.
 */
final class FileFinder {
  private static final List<String> EXCLUDES =
      List.of("**/target/**", "**/node_modules/**", "**/build/**", "**/dist/**");

  private final List<Path> files = new ArrayList<>();
  private final List<Unreadable> unreadable = new ArrayList<>();
  private final List<Path> emptyDirectories = new ArrayList<>();
  private final boolean requestsOnly;

  /**
   * @param requestsOnly treat named files as a directory scan treats what it finds: only requests
   *     are linted (commit hooks pass every JSON and YAML file of a commit)
   */
  FileFinder(boolean requestsOnly) {
    this.requestsOnly = requestsOnly;
  }

  FileFinder() {
    this(false);
  }

  void add(Path path) {
    if (Files.isDirectory(path)) {
      RequestFiles.Scan scan = RequestFiles.find(path, RequestFiles.DEFAULT_INCLUDES, EXCLUDES);
      files.addAll(scan.files());
      unreadable.addAll(scan.problems());
      if (scan.files().isEmpty()) {
        emptyDirectories.add(path);
      }
    } else if (!Files.exists(path)) {
      unreadable.add(new Unreadable(path, "no such file or directory"));
    } else if (!Files.isReadable(path)) {
      unreadable.add(new Unreadable(path, "permission denied"));
    } else if (!requestsOnly || RequestFiles.isRequest(path, unreadable)) {
      files.add(path);
    }
  }

  List<Path> files() {
    return files;
  }

  List<Unreadable> unreadable() {
    return unreadable;
  }

  /** Directories named on the command line in which no request was found. */
  List<Path> emptyDirectories() {
    return emptyDirectories;
  }
}
