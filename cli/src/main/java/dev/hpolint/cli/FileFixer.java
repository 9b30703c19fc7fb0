package dev.hpolint.cli;

import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.files.AtomicFiles;
import dev.hpolint.files.TextEncoding;
import dev.hpolint.fix.SafeFixer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies the safe fixes of {@code lint --fix} file by file, writing each changed file back in its
 * own encoding (byte order mark included) with an atomic replace, or, for a dry run, collecting the
 * diff. Counts what it did for the summary.
 */
final class FileFixer {
  private final boolean dryRun;
  private final StringBuilder diff = new StringBuilder();
  private final Map<String, Integer> byRule = new TreeMap<>();
  private final Map<String, Integer> byFile = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  FileFixer(boolean dryRun) {
    this.dryRun = dryRun;
  }

  /**
   * Fixes a file and returns the findings that remain in it; when the file cannot be written, it
   * stays as it was, its findings are reported as they were, and {@link #problems} says why.
   */
  LintResult fixFile(Linter linter, Path file, String shownAs, LintResult linted) {
    SafeFixer.Fixed fixed = SafeFixer.fix(linter, linted);
    if (!fixed.changed()) {
      return linted;
    }
    if (dryRun) {
      diff.append(UnifiedDiff.of(shownAs, linted.source().text(), fixed.text()));
    } else {
      try {
        TextEncoding encoding = TextEncoding.detect(Files.readAllBytes(file));
        AtomicFiles.write(file, encoding.encode(fixed.text()));
      } catch (IOException e) {
        problems.add("cannot write the fixes to " + shownAs + ": " + FileFinder.describe(e));
        return linted;
      }
    }
    count(shownAs, fixed);
    return fixed.remaining();
  }

  /** Files that could not be fixed, one line each. */
  List<String> problems() {
    return problems;
  }

  /** Fixes standard input: the fixed text (or the diff) is printed, changed or not. */
  LintResult fixStandardInput(Linter linter, String shownAs, LintResult linted, PrintWriter out) {
    SafeFixer.Fixed fixed = SafeFixer.fix(linter, linted);
    if (fixed.changed()) {
      count(shownAs, fixed);
    }
    if (dryRun) {
      if (fixed.changed()) {
        diff.append(UnifiedDiff.of(shownAs, linted.source().text(), fixed.text()));
      }
    } else if (linted.source() != null) {
      out.print(fixed.changed() ? fixed.text() : linted.source().text());
    }
    return fixed.remaining();
  }

  String diff() {
    return diff.toString();
  }

  /** For the user: how many fixes, in how many files, by rule; then one line per file. */
  String summary() {
    int total = byRule.values().stream().mapToInt(Integer::intValue).sum();
    String verb = dryRun ? "would fix" : "fixed";
    if (total == 0) {
      return problems.isEmpty() ? "hpolint: no safe fix to apply" : "hpolint: no fix applied";
    }
    StringBuilder rules = new StringBuilder();
    byRule.forEach(
        (rule, count) -> rules.append(rules.length() == 0 ? "" : ", ").append(rule + " " + count));
    return "hpolint: "
        + verb
        + " "
        + plural(total, "problem")
        + " in "
        + plural(byFile.size(), "file")
        + " ("
        + rules
        + ")"
        + perFile();
  }

  private String perFile() {
    StringBuilder lines = new StringBuilder();
    byFile.forEach(
        (file, count) ->
            lines
                .append(System.lineSeparator())
                .append("  ")
                .append(file)
                .append(": ")
                .append(count));
    return lines.toString();
  }

  private void count(String shownAs, SafeFixer.Fixed fixed) {
    fixed.appliedByRule().forEach((rule, count) -> byRule.merge(rule, count, Integer::sum));
    byFile.merge(shownAs, fixed.applied(), Integer::sum);
  }

  private static String plural(int count, String word) {
    return count + " " + word + (count == 1 ? "" : "s");
  }
}
