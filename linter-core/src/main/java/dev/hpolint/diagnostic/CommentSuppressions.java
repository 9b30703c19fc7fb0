package dev.hpolint.diagnostic;

import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The {@code # hpolint-disable-next-line RULE-ID -- reason} and {@code # hpolint-disable-file
 * RULE-ID -- reason} comments of a YAML document (JSON has no comments; its findings are silenced
 * in {@code .hpolint.yaml}). Several ids may be given, separated by commas.
 */
public final class CommentSuppressions {
  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "(?:^|\\s)#\\s*hpolint-disable-(next-line|file)\\s+([A-Za-z0-9_,\\s-]+?)\\s*(?:--\\s*(.*?))?\\s*$");

  private record Directive(
      boolean wholeFile, Set<String> ids, String reason, int line, int column, int length) {}

  private CommentSuppressions() {}

  public static Suppressions.Outcome apply(SourceText source, List<Diagnostic> findings) {
    if (source == null
        || source.syntax() != Syntax.YAML
        || !source.text().contains("hpolint-disable")) {
      return new Suppressions.Outcome(findings, 0);
    }
    List<Directive> directives = directives(source);
    if (directives.isEmpty()) {
      return new Suppressions.Outcome(findings, 0);
    }
    return Suppressions.apply(findings, finding -> match(source, directives, finding));
  }

  private static Suppressions.Match match(
      SourceText source, List<Directive> directives, Diagnostic finding) {
    for (Directive directive : directives) {
      if (!directive.ids().contains(finding.ruleId())) {
        continue;
      }
      boolean applies =
          directive.wholeFile()
              || finding.range().start().line() == nextContentLine(source, directive.line());
      if (applies) {
        return new Suppressions.Match(
            directive.reason() != null, reasonMissing(source, directive, finding), "comment");
      }
    }
    return null;
  }

  private static Diagnostic reasonMissing(
      SourceText source, Directive directive, Diagnostic finding) {
    int start = source.lines().lineStart(directive.line()) + directive.column();
    return new Diagnostic(
        Suppressions.REASON_ID,
        Severity.WARNING,
        "This comment would silence an error of "
            + finding.ruleId()
            + ", which the service rejects; add the reason after two hyphens, such as '"
            + "# hpolint-disable-"
            + (directive.wholeFile() ? "file " : "next-line ")
            + finding.ruleId()
            + " -- checked with the team', or fix the finding",
        finding.pointer(),
        source.range(start, start + directive.length()));
  }

  /** The first line after a comment that is neither blank nor a comment. */
  private static int nextContentLine(SourceText source, int line) {
    String text = source.text();
    for (int next = line + 1; next < source.lines().lineCount(); next++) {
      String content =
          text.substring(source.lines().lineStart(next), source.lines().lineEnd(next, text))
              .strip();
      if (!content.isEmpty() && !content.startsWith("#")) {
        return next;
      }
    }
    return -1;
  }

  private static List<Directive> directives(SourceText source) {
    List<Directive> directives = new ArrayList<>();
    String text = source.text();
    for (int line = 0; line < source.lines().lineCount(); line++) {
      int start = source.lines().lineStart(line);
      String content = text.substring(start, source.lines().lineEnd(line, text));
      if (!content.contains("hpolint-disable")) {
        continue;
      }
      Matcher m = DIRECTIVE.matcher(content);
      if (m.find()) {
        Set<String> ids =
            Arrays.stream(m.group(2).split("[,\\s]+"))
                .filter(id -> !id.isBlank())
                .collect(Collectors.toSet());
        String reason = m.group(3) == null || m.group(3).isBlank() ? null : m.group(3);
        int column = content.indexOf('#', m.start());
        directives.add(
            new Directive(
                m.group(1).equals("file"), ids, reason, line, column, content.length() - column));
      }
    }
    return directives;
  }
}
