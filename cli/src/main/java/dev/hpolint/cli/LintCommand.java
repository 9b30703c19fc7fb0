package dev.hpolint.cli;

import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.baseline.BaselineException;
import dev.hpolint.config.ConfigException;
import dev.hpolint.config.ProjectLinter;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.files.Unreadable;
import dev.hpolint.report.FileReport;
import dev.hpolint.report.ReportContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hpolint lint}: check files, directories or standard input. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description =
        "Checks tuning-job requests. Files named here are always checked; directories are"
            + " searched for *.json, *.yaml and *.yml files that are tuning-job requests. Use - for"
            + " standard input.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing at or above the --fail-on threshold",
      "1:findings at or above the threshold",
      "2:usage error, unreadable path, or internal failure"
    })
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Files, directories, or - for standard input.")
  List<String> paths;

  @Mixin ReportOptions reportOptions = new ReportOptions();

  @Mixin FixOptions fixOptions = new FixOptions();

  @Mixin BaselineOptions baselineOptions = new BaselineOptions();

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description =
          "Exit with 1 when a finding is at least this severe: error (default), warning, info or none.")
  String failOn;

  @Option(
      names = "--stdin-filename",
      paramLabel = "NAME",
      description = "The name to report standard input under; its extension tells JSON from YAML.")
  String stdinFilename;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour the text report: auto (on a terminal), always or never.")
  String color;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "The configuration to use; default: the nearest .hpolint.yaml above each linted file.")
  Path configFile;

  @Option(
      names = "--requests-only",
      description =
          "Skip named files that are not tuning-job requests, as directory scans do (for commit"
              + " hooks, which pass every JSON and YAML file).")
  boolean requestsOnly;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Severity threshold = parseThreshold();
    if (threshold == null && !"none".equalsIgnoreCase(failOn)) {
      return usage("--fail-on must be error, warning, info or none, not '" + failOn + "'");
    }
    List<ReportOptions.Target> targets;
    try {
      targets = reportOptions.targets();
    } catch (ReportOptions.UsageException e) {
      return usage(e.getMessage());
    }
    if (fixOptions.dryRun && !fixOptions.fix) {
      return usage("--dry-run only goes with --fix");
    }
    BaselineStep baselineStep;
    try {
      baselineStep = BaselineStep.open(baselineOptions, err);
    } catch (BaselineException e) {
      return usage(e.getMessage());
    }
    ProjectLinters linters = new ProjectLinters(configFile);
    List<FileReport> reports = new ArrayList<>();
    FileFinder finder = new FileFinder(requestsOnly);
    FileFixer fixer = new FileFixer(fixOptions.dryRun);
    boolean readStdin = false;
    for (String path : paths) {
      if (path.equals("-")) {
        readStdin = true;
      } else {
        finder.add(Path.of(path));
      }
    }
    if (readStdin) {
      String name = stdinFilename != null ? stdinFilename : "<stdin>";
      ProjectLinter stdinLinter;
      try {
        // Standard input belongs to the project of the working directory.
        stdinLinter = linters.forFile(Path.of("").toAbsolutePath().resolve(name));
      } catch (ConfigException e) {
        return configProblem(e);
      }
      Path stdinPath = Path.of(name);
      LintResult result = stdinLinter.lint(stdinPath, readStdin(stdinLinter.linter()));
      if (fixOptions.fix) {
        result =
            stdinLinter.suppress(
                stdinPath, fixer.fixStandardInput(stdinLinter.linter(), name, result, out));
      }
      reports.add(new FileReport(name, result));
    }
    for (Path file : finder.files()) {
      try {
        ProjectLinter project = linters.forFile(file);
        if (project.isExcluded(file) && !explicitlyNamed(file)) {
          continue;
        }
        LintResult result = lintFile(project, file);
        if (fixOptions.fix) {
          result =
              project.suppress(
                  file, fixer.fixFile(project.linter(), file, file.toString(), result));
        }
        reports.add(new FileReport(file.toString(), result));
      } catch (ConfigException e) {
        return configProblem(e);
      } catch (IOException e) {
        finder.unreadable().add(new Unreadable(file, Unreadable.describe(e)));
      }
    }
    if (fixOptions.fix) {
      out.print(fixer.diff());
      out.flush();
      err.println(fixer.summary());
    }
    List<FileReport> reported;
    try {
      reported = baselineStep.apply(reports);
    } catch (BaselineException e) {
      return usage(e.getMessage());
    }
    ReportContext context;
    try {
      context = new ReportContext(linters.rulesInUse(), threshold, useColour(), Path.of(""));
    } catch (ConfigException e) {
      return configProblem(e);
    }
    PrintWriter console = fixOptions.takesStandardOutput(readStdin) ? err : out;
    List<String> problems = new ArrayList<>(fixer.problems());
    problems.addAll(new ReportWriter(targets, context).write(reported, console));
    problems.forEach(problem -> err.println("hpolint: " + problem));
    for (Path directory : finder.emptyDirectories()) {
      // Not an error (a repository may have no request yet), but a user who expected findings
      // should learn why there are none.
      err.println(
          "hpolint: no tuning-job request found in "
              + directory
              + " (JSON and YAML files whose root names HyperParameterTuningJobConfig or"
              + " HyperParameterTuningJobName)");
    }
    for (Unreadable problem : finder.unreadable()) {
      err.println("hpolint: cannot read " + problem.path() + ": " + problem.reason());
    }
    err.flush();
    if (!finder.unreadable().isEmpty() || !problems.isEmpty()) {
      return ExitCodes.TROUBLE;
    }
    if (baselineOptions.writeBaseline != null) {
      return ExitCodes.CLEAN;
    }
    boolean failed =
        threshold != null && reported.stream().anyMatch(r -> r.result().hasAtLeast(threshold));
    return failed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private LintResult lintFile(ProjectLinter project, Path file) throws IOException {
    Linter linter = project.linter();
    long size = Files.size(file);
    if (linter.isOversized(size)) {
      // Do not even read a file far beyond any request's size into memory.
      return linter.oversized(file.toString(), size);
    }
    return project.lint(file, Files.readAllBytes(file));
  }

  /** Files named on the command line are linted even when a configuration excludes them. */
  private boolean explicitlyNamed(Path file) {
    return paths.stream()
        .anyMatch(p -> !p.equals("-") && Path.of(p).normalize().equals(file.normalize()));
  }

  private int configProblem(ConfigException e) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("hpolint: " + e.getMessage());
    err.flush();
    return ExitCodes.TROUBLE;
  }

  private byte[] readStdin(Linter linter) throws IOException {
    InputStream in = System.in;
    return in.readNBytes(linter.config().limits().maxChars() * 4 + 1);
  }

  private Severity parseThreshold() {
    return Severity.parse(failOn);
  }

  private boolean useColour() {
    return switch (color.toLowerCase(Locale.ROOT)) {
      case "always" -> true;
      case "never" -> false;
      default ->
          System.console() != null
              && System.getenv("NO_COLOR") == null
              && !"dumb".equals(System.getenv("TERM"));
    };
  }

  private int usage(String message) {
    spec.commandLine().getErr().println("hpolint lint: " + message);
    return ExitCodes.TROUBLE;
  }
}
