package dev.hpolint.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** A usage mistake: say what is wrong and how to get help, exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    commandLine.getErr().println("hpolint: " + e.getMessage());
    commandLine
        .getErr()
        .println(
            "Try '"
                + commandLine.getCommandSpec().qualifiedName()
                + " --help' for more information.");
    return ExitCodes.TROUBLE;
  }
}
