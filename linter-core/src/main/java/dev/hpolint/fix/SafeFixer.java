package dev.hpolint.fix;

import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.source.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code --fix} does to one text: applies every safe fix, lints again, and repeats, because
 * one edit can make another possible (a renamed key whose value then has a fixable case) and
 * overlapping fixes wait for the next pass. Stops when no safe fix is left or after a few passes,
 * so fixes that undo each other cannot loop for ever.
 */
public final class SafeFixer {
  static final int MAX_PASSES = 10;

  private SafeFixer() {}

  /**
   * The outcome: the fixed text, the findings that remain in it, and how many fixes went in for
   * each rule.
   */
  public record Fixed(String text, LintResult remaining, Map<String, Integer> appliedByRule) {

    public Fixed {
      appliedByRule = Collections.unmodifiableMap(new TreeMap<>(appliedByRule));
    }

    public int applied() {
      return appliedByRule.values().stream().mapToInt(Integer::intValue).sum();
    }

    public boolean changed() {
      return applied() > 0;
    }
  }

  /**
   * Fixes a text that has been linted already. Edits keep the text's line ends: a fix that inserts
   * a line break writes CRLF into a CRLF file.
   */
  public static Fixed fix(Linter linter, LintResult first) {
    if (first.source() == null) {
      return new Fixed("", first, Map.of());
    }
    SourceText source = first.source();
    String lineEnd = LineEnds.dominant(source.text());
    LintResult result = first;
    String text = source.text();
    Map<String, Integer> byRule = new TreeMap<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Map<Fix, String> ruleOf = new IdentityHashMap<>();
      List<Fix> fixes = new ArrayList<>();
      for (Diagnostic finding : result.diagnostics()) {
        finding.fixes().stream()
            .filter(Fix::safe)
            .findFirst()
            .ifPresent(
                fix -> {
                  Fix adapted = withLineEnds(fix, lineEnd);
                  ruleOf.put(adapted, finding.ruleId());
                  fixes.add(adapted);
                });
      }
      if (fixes.isEmpty()) {
        break;
      }
      FixApplier.Applied applied =
          FixApplier.apply(text, fixes, fix -> byRule.merge(ruleOf.get(fix), 1, Integer::sum));
      if (applied.text().equals(text)) {
        break;
      }
      text = applied.text();
      result = linter.lint(new SourceText(source.name(), text, source.syntax()));
    }
    return new Fixed(text, result, byRule);
  }

  private static Fix withLineEnds(Fix fix, String lineEnd) {
    if (lineEnd.equals("\n")) {
      return fix;
    }
    List<TextEdit> edits =
        fix.edits().stream()
            .map(edit -> new TextEdit(edit.range(), LineEnds.convert(edit.newText(), lineEnd)))
            .toList();
    return new Fix(fix.title(), edits, fix.safe());
  }
}
