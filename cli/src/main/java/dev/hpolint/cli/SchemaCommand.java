package dev.hpolint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hpolint.files.Unreadable;
import dev.hpolint.schema.generator.SchemaGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hpolint schema}: generate the request schema from a botocore API model. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Generates the JSON Schema of a request from a botocore service-2.json API model.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "A botocore service-2.json file.")
  Path model;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the schema (default: standard output).")
  Path output;

  @Option(
      names = "--operation",
      paramLabel = "NAME",
      defaultValue = "CreateHyperParameterTuningJob",
      description = "The operation whose input to describe (default: ${DEFAULT-VALUE}).")
  String operation;

  @Override
  public Integer call() {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(model);
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("hpolint schema: cannot read " + model + ": " + Unreadable.describe(e));
      return ExitCodes.TROUBLE;
    }
    String schema;
    try {
      ObjectNode generated = SchemaGenerator.generate(bytes, operation);
      schema = SchemaGenerator.render(generated);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("hpolint schema: " + e.getMessage());
      return ExitCodes.TROUBLE;
    }
    if (output == null) {
      spec.commandLine().getOut().print(schema);
      spec.commandLine().getOut().flush();
      return ExitCodes.CLEAN;
    }
    try {
      Files.writeString(output, schema, StandardCharsets.UTF_8);
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("hpolint schema: cannot write " + output + ": " + Unreadable.describe(e));
      return ExitCodes.TROUBLE;
    }
    return ExitCodes.CLEAN;
  }
}
