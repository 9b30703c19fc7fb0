package dev.hpolint.rules.eval;

import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.fix.TextEdits;
import dev.hpolint.rules.ast.RuleDecl;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.StringNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a rule's fix into text edits for one finding. An operation whose target is not in the
 * document (or cannot be edited that way) drops the whole fix: a partial fix is worse than none.
 */
final class FixBuilder {
  private final Evaluator evaluator;
  private final TemplateRenderer renderer;
  private final TextEdits edits;

  FixBuilder(Evaluator evaluator, TemplateRenderer renderer, TextEdits edits) {
    this.evaluator = evaluator;
    this.renderer = renderer;
    this.edits = edits;
  }

  /** The fix, or null when it cannot be made for this finding. */
  Fix build(RuleDecl.FixDecl fix, Scope scope) {
    List<TextEdit> result = new ArrayList<>();
    for (RuleDecl.FixOp op : fix.operations()) {
      TextEdit edit = edit(op, scope);
      if (edit == null) {
        return null;
      }
      result.add(edit);
    }
    boolean safe = fix.safe() && (fix.safeWhen() == null || evaluator.holds(fix.safeWhen(), scope));
    return new Fix(renderer.render(fix.title(), scope), result, safe);
  }

  private TextEdit edit(RuleDecl.FixOp op, Scope scope) {
    Node target = Values.node(evaluator.eval(op.target(), scope));
    if (target == null) {
      return null;
    }
    if (op instanceof RuleDecl.SetValue set) {
      return replace(target, evaluator.eval(set.value(), scope));
    }
    Member member = target.memberInParent();
    if (member == null) {
      return null;
    }
    if (op instanceof RuleDecl.Remove) {
      return edits.removeMember(member);
    }
    String name = Values.string(evaluator.eval(((RuleDecl.Rename) op).newName(), scope));
    return name == null ? null : edits.renameKey(member, name);
  }

  private TextEdit replace(Node target, Value value) {
    if (target instanceof StringNode string && string.isKey()) {
      return null;
    }
    Value scalar = Values.scalar(value);
    if (scalar instanceof Value.Str s) {
      return edits.replaceWithString(target, s.value());
    }
    if (scalar instanceof Value.Num n) {
      BigDecimal number = n.value();
      return edits.replace(target, number.stripTrailingZeros().toPlainString());
    }
    if (scalar instanceof Value.Bool b) {
      return edits.replace(target, Boolean.toString(b.value()));
    }
    return null;
  }
}
