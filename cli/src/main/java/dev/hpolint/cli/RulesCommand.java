package dev.hpolint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.hpolint.config.ConfigException;
import dev.hpolint.rules.RuleInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hpolint rules}: every rule with its id, severity and summary. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Lists every rule hpolint checks.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ProjectOption project = new ProjectOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  String format;

  @Override
  public Integer call() throws IOException {
    List<RuleInfo> rules;
    try {
      rules = project.linter().rules();
    } catch (ConfigException e) {
      spec.commandLine().getErr().println("hpolint: " + e.getMessage());
      return ExitCodes.TROUBLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if ("json".equalsIgnoreCase(format)) {
      try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartArray();
        for (RuleInfo rule : rules) {
          json.writeStartObject();
          json.writeStringField("id", rule.id());
          json.writeStringField("severity", rule.severity().label());
          json.writeStringField("summary", rule.summary());
          json.writeStringField("source", rule.source());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      out.println();
    } else if ("text".equalsIgnoreCase(format)) {
      int width = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(10);
      for (RuleInfo rule : rules) {
        out.printf(
            "%-" + width + "s  %-7s  %s%n", rule.id(), rule.severity().label(), rule.summary());
      }
    } else {
      spec.commandLine()
          .getErr()
          .println("hpolint rules: --format must be text or json, not '" + format + "'");
      return ExitCodes.TROUBLE;
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
