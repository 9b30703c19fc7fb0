package dev.hpolint.cli;

import dev.hpolint.api.TuningJobDetector;
import dev.hpolint.source.DecodedText;
import dev.hpolint.source.TextDecoder;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Expands the paths given on the command line: files are always linted; directories are searched
 * recursively for JSON and YAML files that are tuning-job requests. Hidden directories and
 * dependency folders are skipped.
 */
final class FileFinder {
  private static final Set<String> SKIPPED_DIRECTORIES =
      Set.of("node_modules", "target", "build", "dist");
  private static final long MAX_SCANNED_BYTES = 4L * 1024 * 1024;

  /** A path that could not be read, and why. */
  record Unreadable(Path path, String reason) {}

  private final List<Path> files = new ArrayList<>();
  private final List<Unreadable> unreadable = new ArrayList<>();
  private final boolean requestsOnly;

  /**
   * @param requestsOnly treat named files as a directory scan treats what it finds: only requests
   *     are linted (a commit hook names every JSON and YAML file that changed)
   */
  FileFinder(boolean requestsOnly) {
    this.requestsOnly = requestsOnly;
  }

  FileFinder() {
    this(false);
  }

  void add(Path path) {
    if (Files.isDirectory(path)) {
      scan(path);
    } else if (Files.exists(path)) {
      if (Files.isReadable(path)) {
        if (!requestsOnly || (hasRequestExtension(path) && looksLikeRequest(path))) {
          files.add(path);
        }
      } else {
        unreadable.add(new Unreadable(path, "permission denied"));
      }
    } else {
      unreadable.add(new Unreadable(path, "no such file or directory"));
    }
  }

  List<Path> files() {
    return files;
  }

  List<Unreadable> unreadable() {
    return unreadable;
  }

  private void scan(Path root) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
              boolean skip =
                  !dir.equals(root) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile()
                  && hasRequestExtension(file)
                  && attrs.size() <= MAX_SCANNED_BYTES
                  && looksLikeRequest(file)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              unreadable.add(new Unreadable(file, describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      unreadable.add(new Unreadable(root, describe(e)));
    }
    found.sort(null);
    files.addAll(found);
  }

  static boolean hasRequestExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private boolean looksLikeRequest(Path file) {
    try {
      DecodedText text = TextDecoder.decode(Files.readAllBytes(file));
      return text.isText()
          && TuningJobDetector.isTuningJob(file.getFileName().toString(), text.text());
    } catch (IOException e) {
      unreadable.add(new Unreadable(file, describe(e)));
      return false;
    }
  }

  static String describe(IOException e) {
    String reason = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or directory";
    }
    return reason == null ? e.getClass().getSimpleName() : reason;
  }
}
