package dev.hpolint.cli;

import dev.hpolint.api.HpolintVersion;
import dev.hpolint.schema.SchemaModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hpolint} command. */
@Command(
    name = "hpolint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "Checks SageMaker CreateHyperParameterTuningJob requests (JSON or YAML) before they are submitted.",
    subcommands = {
      LintCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      SchemaCommand.class,
      LspCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setExecutionExceptionHandler(new FailureHandler());
    commandLine.setParameterExceptionHandler(new UsageErrorHandler());
    return commandLine;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Names hpolint's version and the API model its checks come from. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      SchemaModel schema = SchemaModel.bundled();
      return new String[] {
        "hpolint " + HpolintVersion.get(),
        "checks " + schema.operation() + " requests against the API model " + schema.apiModelName()
      };
    }
  }
}
