package dev.hpolint.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an unexpected exception into one line on standard error and exit code 2. The stack trace is
 * shown only with {@code --debug}: users need to know what failed, not where in hpolint.
 */
final class FailureHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, ParseResult parseResult) {
    boolean debug =
        parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--debug"));
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    commandLine
        .getErr()
        .println(
            "hpolint: internal error: "
                + message
                + (debug ? "" : " (run with --debug to see the details)"));
    if (debug) {
      e.printStackTrace(commandLine.getErr());
    }
    return ExitCodes.TROUBLE;
  }
}
