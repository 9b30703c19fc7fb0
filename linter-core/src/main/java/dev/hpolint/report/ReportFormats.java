package dev.hpolint.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Every report format hpolint writes, by name: one table shared by the command and the plugin. */
public final class ReportFormats {
  private static final Map<String, ReportFormat> FORMATS = new LinkedHashMap<>();

  static {
    register(
        new ReportFormat(
            "text",
            "hpolint.txt",
            "for people, like a compiler's messages",
            context -> new TextReporter(context.colour())));
    register(
        new ReportFormat(
            "json", "hpolint.json", "hpolint's own JSON report", context -> new JsonReporter()));
    register(
        new ReportFormat(
            "sarif",
            "hpolint.sarif",
            "SARIF 2.1.0, for code scanning",
            context -> new SarifReporter(context.rules(), context.baseDirectory())));
    register(
        new ReportFormat(
            "junit",
            "TEST-hpolint.xml",
            "JUnit XML, one test case per finding",
            context -> new JunitReporter(context.failOn())));
    register(
        new ReportFormat(
            "checkstyle",
            "hpolint-checkstyle.xml",
            "Checkstyle XML, for tools that read it",
            context -> new CheckstyleReporter()));
    register(
        new ReportFormat(
            "github",
            "hpolint-github.txt",
            "GitHub Actions workflow commands (annotations)",
            context -> new GithubReporter(context.baseDirectory())));
  }

  private ReportFormats() {}

  private static void register(ReportFormat format) {
    FORMATS.put(format.name(), format);
  }

  /** The format of that name, in any letter case. */
  public static Optional<ReportFormat> byName(String name) {
    return name == null
        ? Optional.empty()
        : Optional.ofNullable(FORMATS.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  /** The names of every format, in the order help texts list them. */
  public static List<String> names() {
    return List.copyOf(FORMATS.keySet());
  }
}
