package dev.hpolint.lsp.actions;

import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/codeAction}: each fix the core offers for a finding in the range, as a quick
 * fix tied to that finding; in YAML, a comment that disables the rule on the finding's line; and
 * one action that applies every safe fix in the file.
 */
public final class CodeActionHandler {
  /** The kind of the "fix all" action, under {@code source.fixAll} as editors expect. */
  public static final String FIX_ALL_KIND = CodeActionKind.SourceFixAll + ".hpolint";

  public List<Either<Command, CodeAction>> actions(
      DocumentSnapshot snapshot,
      CodeActionParams params,
      Linter linter,
      boolean versionedEdits,
      CancelChecker cancel) {
    SourceText source = snapshot.source();
    int start = LspAdapter.offset(source, params.getRange().getStart());
    int end = Math.max(start, LspAdapter.offset(source, params.getRange().getEnd()));
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    LintResult result = snapshot.lint(linter);
    cancel.checkCanceled();
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    if (wants(only, CodeActionKind.QuickFix)) {
      Set<String> disabledLines = new HashSet<>();
      for (Diagnostic finding : result.diagnostics()) {
        if (!overlaps(finding, start, end)) {
          continue;
        }
        org.eclipse.lsp4j.Diagnostic converted = LspAdapter.diagnostic(finding, snapshot.uri());
        boolean preferredTaken = false;
        for (Fix fix : finding.fixes()) {
          CodeAction action = new CodeAction(fix.title());
          action.setKind(CodeActionKind.QuickFix);
          action.setDiagnostics(List.of(converted));
          action.setEdit(
              LspAdapter.workspaceEdit(
                  snapshot.uri(), snapshot.version(), fix.edits(), versionedEdits));
          if (fix.safe() && !preferredTaken) {
            action.setIsPreferred(true);
            preferredTaken = true;
          }
          actions.add(Either.forRight(action));
        }
        if (snapshot.syntax() == Syntax.YAML
            && DisableComment.applies(finding.ruleId())
            && disabledLines.add(finding.ruleId() + "@" + finding.range().start().line())) {
          CodeAction disable = new CodeAction("Disable " + finding.ruleId() + " on this line");
          disable.setKind(CodeActionKind.QuickFix);
          disable.setDiagnostics(List.of(converted));
          disable.setEdit(
              LspAdapter.workspaceEdit(
                  snapshot.uri(),
                  snapshot.version(),
                  List.of(DisableComment.above(source, finding)),
                  versionedEdits));
          actions.add(Either.forRight(disable));
        }
      }
    }
    cancel.checkCanceled();
    if (wants(only, FIX_ALL_KIND)) {
      FixAll.edit(source, result.diagnostics())
          .ifPresent(
              edit -> {
                CodeAction fixAll = new CodeAction("Fix all auto-fixable findings in this file");
                fixAll.setKind(FIX_ALL_KIND);
                fixAll.setEdit(
                    LspAdapter.workspaceEdit(
                        snapshot.uri(), snapshot.version(), List.of(edit), versionedEdits));
                actions.add(Either.forRight(fixAll));
              });
    }
    return actions;
  }

  private static boolean overlaps(Diagnostic finding, int start, int end) {
    return finding.range().start().offset() <= end && start <= finding.range().end().offset();
  }

  /**
   * True when the client asked for this kind of action, or did not narrow the kinds. Kinds are
   * hierarchical: asking for {@code source.fixAll} includes {@code source.fixAll.hpolint}.
   */
  static boolean wants(List<String> only, String kind) {
    if (only == null || only.isEmpty()) {
      return true;
    }
    for (String asked : only) {
      if (asked != null && (kind.equals(asked) || kind.startsWith(asked + "."))) {
        return true;
      }
    }
    return false;
  }
}
