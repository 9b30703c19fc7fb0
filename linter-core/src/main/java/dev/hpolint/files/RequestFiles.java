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
  public record Scan(List<Path> files, List<Unreadable> problems) {}

  private RequestFiles() {}

  public static Scan find(Path base, List<String> includes, List<String> excludes) {
    List<PathPattern> include = patterns(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
    List<PathPattern> exclude = patterns(excludes);
    List<Path> found = new ArrayList<>();
    List<Unreadable> problems = new ArrayList<>();
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
                  && isRequestContent(file, problems)) {
                found.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add(Unreadable.of(file, e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(Unreadable.of(base, e));
    }
    found.sort(null);
    return new Scan(List.copyOf(found), List.copyOf(problems));
  }

  /** The path of a file relative to the base, with forward slashes. */
  public static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }

  /**
   * True for a JSON or YAML file, of a request's size, whose content is a tuning-job request; a
   * file that cannot be read is added to the problems.
   */
  public static boolean isRequest(Path file, List<Unreadable> problems) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    boolean requestName = name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    try {
      return requestName
          && Files.size(file) <= MAX_SCANNED_BYTES
          && isRequestContent(file, problems);
    } catch (IOException e) {
      problems.add(Unreadable.of(file, e));
      return false;
    }
  }

  private static boolean isRequestContent(Path file, List<Unreadable> problems) {
    try {
      DecodedText text = TextDecoder.decode(Files.readAllBytes(file));
      return text.isText()
          && TuningJobDetector.isTuningJob(file.getFileName().toString(), text.text());
    } catch (IOException e) {
      problems.add(Unreadable.of(file, e));
      return false;
    }
  }

  private static List<PathPattern> patterns(List<String> texts) {
    return texts.stream().filter(t -> !t.isBlank()).map(PathPattern::of).toList();
  }
}
