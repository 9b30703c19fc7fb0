package dev.hpolint.baseline;

/** A baseline file that cannot be read or is not a baseline; the message says why, for users. */
public final class BaselineException extends Exception {
  private static final long serialVersionUID = 1L;

  public BaselineException(String message) {
    super(message);
  }
}
