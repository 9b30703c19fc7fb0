package dev.hpolint.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command in-process the way a shell would, capturing what the user would see. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return withStdin(new byte[0], args);
  }

  static CliRun withStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream previous = System.in;
    try {
      System.setIn(new ByteArrayInputStream(stdin));
      CommandLine commandLine = Main.newCommandLine();
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      int code = commandLine.execute(args);
      return new CliRun(code, out.toString(), err.toString());
    } finally {
      System.setIn(previous);
    }
  }
}
