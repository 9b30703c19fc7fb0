package dev.hpolint.schema.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared botocore model: the {@code hpolint.apiModel} system property, else {@code
 * shared/api-model/...} in the working directory or any parent (the shared checkout sits next to
 * the repository). A fresh clone has neither, and the tests that need it are skipped.
 */
final class ApiModelFile {

  static final String PROPERTY = "hpolint.apiModel";
  static final String RELATIVE_PATH = "shared/api-model/sagemaker-2017-07-24.json";

  private ApiModelFile() {}

  static Optional<Path> find() {
    String configured = System.getProperty(PROPERTY, "");
    if (!configured.isBlank()) {
      Path file = Path.of(configured);
      // An explicit path that does not exist is a mistake worth failing on, not skipping.
      if (!Files.isRegularFile(file)) {
        throw new IllegalStateException(PROPERTY + " names a file that does not exist: " + file);
      }
      return Optional.of(file);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE_PATH);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
