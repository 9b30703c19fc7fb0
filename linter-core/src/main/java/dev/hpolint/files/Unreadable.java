package dev.hpolint.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A path that could not be read, and why, in words a user can act on. */
public record Unreadable(Path path, String reason) {

  public static Unreadable of(Path path, IOException e) {
    return new Unreadable(path, describe(e));
  }

  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
