package dev.hpolint.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader (an editor, a concurrent build, a crash half-way) sees either the
 * old content or the new, never a truncated file: the bytes go to a temporary file in the same
 * directory, which then replaces the target in one rename. A replaced file keeps its permissions; a
 * link is followed, so the file it points to is the one rewritten.
 */
public final class AtomicFiles {
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  private AtomicFiles() {}

  public static void write(Path target, byte[] bytes) throws IOException {
    Path file = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path directory = file.getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(temporary, bytes);
      keepPermissions(file, temporary);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void keepPermissions(Path original, Path temporary) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    // A temporary file is private to its owner; the file it becomes must not be.
    view.setPermissions(
        Files.exists(original) ? Files.getPosixFilePermissions(original) : NEW_FILE);
  }
}
