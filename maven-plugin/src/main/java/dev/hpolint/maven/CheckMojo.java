package dev.hpolint.maven;

import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.config.ConfigException;
import dev.hpolint.config.ConfigFile;
import dev.hpolint.config.ProjectConfig;
import dev.hpolint.config.ProjectLinter;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.files.AtomicFiles;
import dev.hpolint.files.RequestFiles;
import dev.hpolint.report.FileReport;
import dev.hpolint.report.ReportContext;
import dev.hpolint.report.ReportFormat;
import dev.hpolint.report.ReportFormats;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the project's SageMaker tuning-job requests with hpolint, and fails the build on findings
 * at or above {@code failOn}. Thin on purpose: it maps its parameters onto the core's API, and the
 * core does the work, as it does for the command.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File baseDirectory;

  /** The directory Maven was started in: report paths are relative to it, as CI expects. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
  private File executionRoot;

  /** Ant patterns of the files to check; default every *.json, *.yaml and *.yml file. */
  @Parameter private List<String> includes;

  /** Ant patterns of files to leave out; default target/ and node_modules/ folders. */
  @Parameter private List<String> excludes;

  /** The least serious finding that fails the build: error, warning, info or none. */
  @Parameter(property = "hpolint.failOn", defaultValue = "error")
  private String failOn;

  @Parameter(property = "hpolint.skip", defaultValue = "false")
  private boolean skip;

  /** The team's hpolint configuration; a missing file means the defaults. */
  @Parameter(property = "hpolint.configFile", defaultValue = "${project.basedir}/.hpolint.yaml")
  private File configFile;

  /** Report formats: text, json, sarif, junit, checkstyle, github. */
  @Parameter(property = "hpolint.reportFormats", defaultValue = "sarif")
  private List<String> reportFormats;

  @Parameter(
      property = "hpolint.reportDirectory",
      defaultValue = "${project.build.directory}/hpolint")
  private File reportDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("hpolint: skipped (hpolint.skip)");
      return;
    }
    Severity threshold = threshold();
    List<ReportFormat> formats = formats();
    Path base = baseDirectory.toPath();
    RequestFiles.Scan scan =
        RequestFiles.find(
            base,
            includes == null ? List.of() : includes,
            excludes == null ? RequestFiles.DEFAULT_EXCLUDES : excludes);
    scan.problems().forEach(problem -> getLog().warn("hpolint: cannot read " + problem));
    ProjectLinter project = projectLinter();
    Linter linter = project.linter();
    List<FileReport> reports = new ArrayList<>();
    for (Path file : scan.files()) {
      if (!project.isExcluded(file)) {
        reports.add(new FileReport(file.toString(), project.suppress(file, lint(linter, file))));
      }
    }
    FindingLog log = new FindingLog(getLog(), base);
    reports.forEach(log::log);
    writeReports(formats, reports, new ReportContext(linter.rules(), threshold, false, root()));
    getLog().info("hpolint: " + FindingLog.summary(reports));
    String failure = log.failure(reports, threshold);
    if (failure != null) {
      throw new MojoFailureException(failure);
    }
  }

  private Severity threshold() throws MojoExecutionException {
    if ("none".equalsIgnoreCase(failOn.trim())) {
      return null;
    }
    Severity severity = Severity.parse(failOn);
    if (severity == null) {
      throw new MojoExecutionException(
          "hpolint: failOn must be error, warning, info or none, not '" + failOn + "'");
    }
    return severity;
  }

  private List<ReportFormat> formats() throws MojoExecutionException {
    List<ReportFormat> formats = new ArrayList<>();
    for (String name : reportFormats) {
      if (name.isBlank()) {
        continue;
      }
      formats.add(
          ReportFormats.byName(name)
              .orElseThrow(
                  () ->
                      new MojoExecutionException(
                          "hpolint: reportFormats holds '"
                              + name
                              + "'; the formats are "
                              + String.join(", ", ReportFormats.names()))));
    }
    return formats;
  }

  /** The team's configuration, when the file exists; a broken one stops the build. */
  private ProjectLinter projectLinter() throws MojoExecutionException {
    try {
      ProjectConfig config =
          configFile != null && configFile.isFile()
              ? ConfigFile.read(configFile.toPath())
              : ProjectConfig.NONE;
      return ProjectLinter.create(config);
    } catch (ConfigException e) {
      throw new MojoExecutionException("hpolint: " + e.getMessage(), e);
    }
  }

  private static LintResult lint(Linter linter, Path file) throws MojoExecutionException {
    try {
      long size = Files.size(file);
      return linter.isOversized(size)
          ? linter.oversized(file.toString(), size)
          : linter.lint(file.toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new MojoExecutionException("hpolint: cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private void writeReports(
      List<ReportFormat> formats, List<FileReport> reports, ReportContext context)
      throws MojoExecutionException {
    for (ReportFormat format : formats) {
      Path target = reportDirectory.toPath().resolve(format.defaultFileName());
      try {
        StringBuilder text = new StringBuilder();
        format.create(context).write(reports, text);
        AtomicFiles.write(target, text.toString().getBytes(StandardCharsets.UTF_8));
        getLog().info("hpolint: wrote the " + format.name() + " report to " + target);
      } catch (IOException e) {
        throw new MojoExecutionException(
            "hpolint: cannot write the " + format.name() + " report " + target + ": " + e, e);
      }
    }
  }

  private Path root() {
    return executionRoot != null ? executionRoot.toPath() : baseDirectory.toPath();
  }
}
