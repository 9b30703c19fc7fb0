package dev.hpolint.lsp.actions;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.source.SourceText;

/**
 * The "disable this rule on this line" comment of YAML: {@code # hpolint-disable-next-line RULE-ID
 * -- reason}, on its own line above the finding, indented like that line so the YAML structure does
 * not change. The reason is left for the user to write over.
 */
final class DisableComment {
  static final String REASON_PLACEHOLDER = "reason";

  private DisableComment() {}

  /** Findings about the text itself (it does not parse, it is not text) cannot be silenced. */
  static boolean applies(String ruleId) {
    return !ruleId.startsWith("SYNTAX-") && !ruleId.startsWith("INPUT-");
  }

  static TextEdit above(SourceText source, Diagnostic finding) {
    int line = finding.range().start().line();
    int lineStart = source.lines().lineStart(line);
    String text = source.lineText(line);
    int indent = 0;
    while (indent < text.length() && (text.charAt(indent) == ' ' || text.charAt(indent) == '\t')) {
      indent++;
    }
    String comment =
        text.substring(0, indent)
            + "# hpolint-disable-next-line "
            + finding.ruleId()
            + " -- "
            + REASON_PLACEHOLDER
            + lineBreak(source.text());
    return new TextEdit(source.range(lineStart, lineStart), comment);
  }

  private static String lineBreak(String text) {
    int newline = text.indexOf('\n');
    return newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
  }
}
