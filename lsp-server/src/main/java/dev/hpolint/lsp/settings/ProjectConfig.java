package dev.hpolint.lsp.settings;

import dev.hpolint.config.ConfigException;
import dev.hpolint.config.ConfigFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Where a document's project configuration comes from: the nearest {@code .hpolint.yaml} above it,
 * the file the command reads too. A configuration is read again when its file changes; one that
 * cannot be read is reported to the editor's log once per change and hpolint's defaults apply, so a
 * broken file never silences the editor.
 */
@FunctionalInterface
public interface ProjectConfig {

  /** No project files: every document starts from hpolint's defaults. */
  ProjectConfig NONE = documentUri -> dev.hpolint.config.ProjectConfig.NONE;

  /** The configuration of the project a document belongs to. Never throws; never null. */
  dev.hpolint.config.ProjectConfig forDocument(String documentUri);

  /** The configuration of a named file, for every document (the editor's configFile setting). */
  default dev.hpolint.config.ProjectConfig forFile(java.nio.file.Path file) {
    return dev.hpolint.config.ProjectConfig.NONE;
  }

  /** The same configuration, reporting its problems to the given log. */
  default ProjectConfig reportingTo(Consumer<String> log) {
    return this;
  }

  /** The file a {@code file:} document URI names, or null for any other URI. */
  static Path documentPath(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme()) ? Path.of(parsed) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Reads the nearest {@code .hpolint.yaml} of each {@code file:} document. */
  static ProjectConfig nearestFile(Consumer<String> warn) {
    return new NearestFile(warn);
  }

  /** The configuration files in use, cached by path and modification time. */
  final class NearestFile implements ProjectConfig {
    private record Cached(long modified, dev.hpolint.config.ProjectConfig config) {}

    private final Consumer<String> warn;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    NearestFile(Consumer<String> warn) {
      this.warn = warn;
    }

    @Override
    public ProjectConfig reportingTo(Consumer<String> log) {
      return new NearestFile(log);
    }

    @Override
    public dev.hpolint.config.ProjectConfig forDocument(String documentUri) {
      Path document = documentPath(documentUri);
      Path file = document == null ? null : ConfigFile.findFrom(document);
      return file == null ? dev.hpolint.config.ProjectConfig.NONE : forFile(file);
    }

    @Override
    public dev.hpolint.config.ProjectConfig forFile(Path file) {
      long modified = modified(file);
      Cached cached = cache.get(file);
      if (cached != null && cached.modified() == modified) {
        return cached.config();
      }
      dev.hpolint.config.ProjectConfig config;
      try {
        config = ConfigFile.read(file);
      } catch (ConfigException e) {
        warn.accept("hpolint: " + e.getMessage() + " (using hpolint's defaults until it is fixed)");
        config = dev.hpolint.config.ProjectConfig.NONE;
      }
      cache.put(file, new Cached(modified, config));
      return config;
    }

    private static long modified(Path file) {
      try {
        return Files.getLastModifiedTime(file).toMillis();
      } catch (java.io.IOException e) {
        return -1;
      }
    }
  }
}
