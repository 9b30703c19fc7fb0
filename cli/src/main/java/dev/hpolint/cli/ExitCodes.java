package dev.hpolint.cli;

/** What the command's exit status means. */
final class ExitCodes {
  /** Nothing at or above the failure threshold. */
  static final int CLEAN = 0;

  /** Findings at or above the threshold. */
  static final int FINDINGS = 1;

  /** A usage error, an unreadable path, or an internal failure. */
  static final int TROUBLE = 2;

  private ExitCodes() {}
}
