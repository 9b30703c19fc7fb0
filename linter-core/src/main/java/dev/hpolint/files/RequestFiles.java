package dev.hpolint.files;

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

/**
 * Finds the tuning-job requests of a project: files under a base directory that match an include
 * pattern and no exclude pattern, and whose content is a request (a project's other JSON and YAML
 * files are left alone). Hidden folders ({@code .git}, {@code .idea}) are never entered.
 */
public final class RequestFiles {
  public static final List<String> DEFAULT_INCLUDES = List.of("**/*.json", "**/*.yaml", "**/*.yml");
  public static final List<String> DEFAULT_EXCLUDES = List.of("**/target/**", "**/node_modules/**");

  /** A file larger than this is no request; reading it only to decide would waste time. */
  private static final long MAX_SCANNED_BYTES = 4L * 1024 * 1024;

  /** The result of a scan: the requests found (sorted) and the paths that could not be read. */
  public record Scan(List<Path> files, List<String> problems) {}

  private RequestFiles() {}

  public static Scan find(Path base, List<String> includes, List<String> excludes) {
    List<PathPattern> include = patterns(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
    List<PathPattern> exclude = patterns(excludes);
    List<Path> found = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try {
      Files.walkFileTree(
          base,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (dir.equals(base)) {
                return FileVisitResult.CONTINUE;
              }
              String name = dir.getFileName().toString();
              String relative = relative(base, dir);
              boolean skip =
                  name.startsWith(".") || exclude.stream().anyMatch(p -> p.coversFolder(relative));
              return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String relative = relative(base, file);
              if (attrs.isRegularFile()
                  && include.stream().anyMatch(p -> p.matches(relative))
                  && exclude.stream().noneMatch(p -> p.matches(relative))
                  && attrs.size() <= MAX_SCANNED_BYTES
                  && isRequest(file, problems)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(file + ": " + e.getMessage());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(base + ": " + e.getMessage());
    }
    found.sort(null);
    return new Scan(List.copyOf(found), List.copyOf(problems));
  }

  /** The path of a file relative to the base, with forward slashes. */
  public static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }

  private static boolean isRequest(Path file, List<String> problems) {
    try {
      DecodedText text = TextDecoder.decode(Files.readAllBytes(file));
      return text.isText()
          && TuningJobDetector.isTuningJob(file.getFileName().toString(), text.text());
    } catch (IOException e) {
      problems.add(file + ": " + e.getMessage());
      return false;
    }
  }

  private static List<PathPattern> patterns(List<String> texts) {
    return texts.stream().filter(t -> !t.isBlank()).map(PathPattern::of).toList();
  }
}
