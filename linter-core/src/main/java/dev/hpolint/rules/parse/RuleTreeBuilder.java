package dev.hpolint.rules.parse;

import dev.hpolint.diagnostic.Severity;
import dev.hpolint.rules.RuleProblems;
import dev.hpolint.rules.ast.BinaryOp;
import dev.hpolint.rules.ast.Expr;
import dev.hpolint.rules.ast.RuleDecl;
import dev.hpolint.rules.ast.RuleFile;
import dev.hpolint.rules.ast.Span;
import dev.hpolint.rules.ast.Step;
import dev.hpolint.rules.ast.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the immutable syntax tree of {@link dev.hpolint.rules.ast} from ANTLR's parse tree, and
 * reports what the grammar alone cannot: the form of rule ids, severity names, missing and repeated
 * clauses, string escapes and template holes.
 */
final class RuleTreeBuilder {
  private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9][A-Z0-9]*(-[A-Z0-9]+)*");

  private final RuleProblems problems;
  private final Offsets offsets;

  RuleTreeBuilder(RuleProblems problems, Offsets offsets) {
    this.problems = problems;
    this.offsets = offsets;
  }

  RuleFile file(String name, RulesParser.FileContext tree) {
    List<RuleDecl> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (RulesParser.RuleDeclContext declaration : tree.ruleDecl()) {
      RuleDecl rule = rule(declaration);
      if (rule == null) {
        continue;
      }
      if (!ids.add(rule.id())) {
        problems.add(rule.span(), "the rule id " + rule.id() + " is used twice in this file");
        continue;
      }
      rules.add(rule);
    }
    return new RuleFile(name, rules);
  }

  private RuleDecl rule(RulesParser.RuleDeclContext ctx) {
    Span idSpan = span(ctx.ruleId());
    String id = ruleId(ctx.ruleId(), idSpan);
    Severity severity = null;
    List<RuleDecl.SeverityOverride> overrides = new ArrayList<>();
    String summary = null;
    RuleDecl.ForEach forEach = null;
    List<RuleDecl.Let> lets = new ArrayList<>();
    Expr when = null;
    Expr reportAt = null;
    Template message = null;
    List<RuleDecl.Related> related = new ArrayList<>();
    List<RuleDecl.FixDecl> fixes = new ArrayList<>();
    boolean seenLater = false;
    for (RulesParser.ClauseContext clause : ctx.clause()) {
      Span at = span(clause);
      if (clause instanceof RulesParser.SeverityClauseContext c) {
        Severity parsed = severity(c.IDENT());
        if (c.expr() != null) {
          overrides.add(new RuleDecl.SeverityOverride(parsed, expression(c.expr()), at));
        } else if (severity != null) {
          repeated(at, "severity");
        } else {
          severity = parsed;
        }
      } else if (clause instanceof RulesParser.SummaryClauseContext c) {
        if (summary != null) {
          repeated(at, "summary");
        }
        summary = plainText(c.text());
      } else if (clause instanceof RulesParser.ForEachClauseContext c) {
        if (forEach != null) {
          repeated(at, "for each");
        } else if (seenLater) {
          problems.add(at, "'for each' must come before 'let' and 'when'");
        }
        String variable = c.IDENT() == null ? null : c.IDENT().getText();
        forEach = new RuleDecl.ForEach(expression(c.expr()), variable, at);
      } else if (clause instanceof RulesParser.LetClauseContext c) {
        seenLater = true;
        lets.add(new RuleDecl.Let(c.IDENT().getText(), expression(c.expr()), at));
      } else if (clause instanceof RulesParser.WhenClauseContext c) {
        seenLater = true;
        if (when != null) {
          repeated(at, "when");
        }
        when = expression(c.expr());
      } else if (clause instanceof RulesParser.ReportClauseContext c) {
        if (reportAt != null) {
          repeated(at, "report at");
        }
        reportAt = expression(c.expr());
      } else if (clause instanceof RulesParser.MessageClauseContext c) {
        if (message != null) {
          repeated(at, "message");
        }
        message = template(c.text());
      } else if (clause instanceof RulesParser.RelatedClauseContext c) {
        related.add(new RuleDecl.Related(expression(c.expr()), template(c.text()), at));
      } else if (clause instanceof RulesParser.FixClauseContext c) {
        fixes.add(fix(c, at));
      }
    }
    Span ruleSpan = span(ctx.RULE().getSymbol(), ctx.ruleId().getStop());
    if (severity == null) {
      problems.add(ruleSpan, "rule " + id + " has no 'severity' clause (error, warning or info)");
    }
    if (summary == null) {
      problems.add(ruleSpan, "rule " + id + " has no 'summary' clause");
    }
    if (message == null) {
      problems.add(ruleSpan, "rule " + id + " has no 'message' clause");
    }
    if (id == null || severity == null || summary == null || message == null) {
      return null;
    }
    return new RuleDecl(
        id, ruleSpan, severity, overrides, summary, forEach, lets, when, reportAt, message, related,
        fixes);
  }

  private String ruleId(RulesParser.RuleIdContext ctx, Span at) {
    String text = Offsets.textOf(ctx.getStart(), ctx.getStop());
    if (!RULE_ID.matcher(text).matches()) {
      problems.add(
          at,
          "a rule id is upper-case letters and digits joined by single hyphens, such as"
              + " ACME-COST-CENTER-TAG; '"
              + text
              + "' is not one");
      return null;
    }
    return text;
  }

  private Severity severity(TerminalNode name) {
    Severity severity = Severity.parse(name.getText());
    if (severity == null || !severity.label().equals(name.getText())) {
      problems.add(
          span(name.getSymbol(), name.getSymbol()),
          "unknown severity '" + name.getText() + "'; write error, warning or info");
      return Severity.ERROR;
    }
    return severity;
  }

  private void repeated(Span at, String clause) {
    problems.add(at, "a rule has one '" + clause + "' clause; this one repeats it");
  }

  private RuleDecl.FixDecl fix(RulesParser.FixClauseContext c, Span at) {
    List<RuleDecl.FixOp> operations = new ArrayList<>();
    for (RulesParser.FixOpContext op : c.fixOp()) {
      Span opSpan = span(op);
      if (op instanceof RulesParser.SetOpContext s) {
        operations.add(new RuleDecl.SetValue(expression(s.target), expression(s.value), opSpan));
      } else if (op instanceof RulesParser.RemoveOpContext r) {
        operations.add(new RuleDecl.Remove(expression(r.target), opSpan));
      } else if (op instanceof RulesParser.RenameOpContext r) {
        operations.add(new RuleDecl.Rename(expression(r.target), expression(r.value), opSpan));
      }
    }
    boolean safe = c.SAFE() != null;
    Expr safeWhen = c.expr() == null ? null : expression(c.expr());
    return new RuleDecl.FixDecl(template(c.text()), safe, safeWhen, operations, at);
  }

  // ---- expressions

  Expr expression(RulesParser.ExprContext ctx) {
    if (ctx instanceof RulesParser.ConditionalContext c) {
      return new Expr.Conditional(expression(c.cond), expression(c.yes), expression(c.no), span(c));
    }
    return or(((RulesParser.LogicContext) ctx).orExpr());
  }

  private Expr or(RulesParser.OrExprContext ctx) {
    Expr result = and(ctx.andExpr(0));
    for (int i = 1; i < ctx.andExpr().size(); i++) {
      result = binary(BinaryOp.OR, result, and(ctx.andExpr(i)));
    }
    return result;
  }

  private Expr and(RulesParser.AndExprContext ctx) {
    Expr result = not(ctx.notExpr(0));
    for (int i = 1; i < ctx.notExpr().size(); i++) {
      result = binary(BinaryOp.AND, result, not(ctx.notExpr(i)));
    }
    return result;
  }

  private Expr not(RulesParser.NotExprContext ctx) {
    if (ctx instanceof RulesParser.NegationContext c) {
      return new Expr.Not(not(c.notExpr()), span(c));
    }
    if (ctx instanceof RulesParser.QuantifierContext c) {
      return new Expr.Quantifier(
          c.kind.getType() == RulesLexer.ALL,
          c.IDENT().getText(),
          arith(c.arith()),
          expression(c.expr()),
          span(c));
    }
    RulesParser.ComparisonContext c = (RulesParser.ComparisonContext) ctx;
    Expr left = arith(c.arith(0));
    if (c.compareOp() == null) {
      return left;
    }
    return new Expr.Binary(compareOp(c.compareOp()), left, arith(c.arith(1)), span(c));
  }

  private static BinaryOp compareOp(RulesParser.CompareOpContext op) {
    if (op.NOT() != null) {
      return BinaryOp.NOT_IN;
    }
    return switch (op.getStart().getType()) {
      case RulesLexer.EQ -> BinaryOp.EQ;
      case RulesLexer.NE -> BinaryOp.NE;
      case RulesLexer.LT -> BinaryOp.LT;
      case RulesLexer.LE -> BinaryOp.LE;
      case RulesLexer.GT -> BinaryOp.GT;
      case RulesLexer.GE -> BinaryOp.GE;
      default -> BinaryOp.IN;
    };
  }

  private Expr arith(RulesParser.ArithContext ctx) {
    if (ctx instanceof RulesParser.NegativeContext c) {
      return new Expr.Negate(arith(c.arith()), span(c));
    }
    if (ctx instanceof RulesParser.MultiplicativeContext c) {
      BinaryOp op =
          switch (c.op.getType()) {
            case RulesLexer.STAR -> BinaryOp.MULTIPLY;
            case RulesLexer.SLASH -> BinaryOp.DIVIDE;
            default -> BinaryOp.REMAINDER;
          };
      return new Expr.Binary(op, arith(c.arith(0)), arith(c.arith(1)), span(c));
    }
    if (ctx instanceof RulesParser.AdditiveContext c) {
      BinaryOp op = c.op.getType() == RulesLexer.PLUS ? BinaryOp.ADD : BinaryOp.SUBTRACT;
      return new Expr.Binary(op, arith(c.arith(0)), arith(c.arith(1)), span(c));
    }
    if (ctx instanceof RulesParser.CoalesceContext c) {
      return new Expr.Binary(BinaryOp.COALESCE, arith(c.arith(0)), arith(c.arith(1)), span(c));
    }
    if (ctx instanceof RulesParser.UnionContext c) {
      return new Expr.Union(c.postfix().stream().map(this::postfix).toList(), span(c));
    }
    return postfix(((RulesParser.SingleContext) ctx).postfix());
  }

  private Expr binary(BinaryOp op, Expr left, Expr right) {
    Span l = left.span();
    Span r = right.span();
    int length = r.offset() + r.length() - l.offset();
    return new Expr.Binary(op, left, right, new Span(l.offset(), l.line(), l.column(), length));
  }

  private Expr postfix(RulesParser.PostfixContext ctx) {
    Expr start = primary(ctx.primary());
    if (ctx.step().isEmpty()) {
      return start;
    }
    List<Step> steps = new ArrayList<>();
    for (RulesParser.StepContext step : ctx.step()) {
      steps.add(step(step));
    }
    return new Expr.Path(start, steps, span(ctx));
  }

  private Step step(RulesParser.StepContext ctx) {
    Span at = span(ctx);
    if (ctx instanceof RulesParser.MemberStepContext c) {
      return new Step.Member(c.name().getText(), at);
    }
    if (ctx instanceof RulesParser.AlternativesStepContext c) {
      return new Step.Alternatives(c.name().stream().map(n -> n.getText()).toList(), at);
    }
    if (ctx instanceof RulesParser.ParentStepContext) {
      return new Step.Up(at);
    }
    if (ctx instanceof RulesParser.DescendantStepContext c) {
      return new Step.Descendant(c.name().getText(), at);
    }
    if (ctx instanceof RulesParser.WildcardStepContext) {
      return new Step.Wildcard(at);
    }
    Expr key = expression(((RulesParser.IndexStepContext) ctx).expr());
    // ["Name"] is a member step written with brackets; keep it one, so that it is checked.
    return key instanceof Expr.StringLiteral literal
        ? new Step.Member(literal.value(), at)
        : new Step.Index(key, at);
  }

  private Expr primary(RulesParser.PrimaryContext ctx) {
    Span at = span(ctx);
    if (ctx instanceof RulesParser.RootContext) {
      return new Expr.Root(at);
    } else if (ctx instanceof RulesParser.ParentContext) {
      return new Expr.Parent(at);
    } else if (ctx instanceof RulesParser.ThisNodeContext) {
      return new Expr.This(at);
    } else if (ctx instanceof RulesParser.NumberLiteralContext c) {
      return new Expr.NumberLiteral(new BigDecimal(c.NUMBER().getText()), at);
    } else if (ctx instanceof RulesParser.StringLiteralContext c) {
      return new Expr.StringLiteral(stringValue(c.STRING().getSymbol()), at);
    } else if (ctx instanceof RulesParser.BooleanLiteralContext c) {
      return new Expr.BooleanLiteral(c.TRUE() != null, at);
    } else if (ctx instanceof RulesParser.NullLiteralContext) {
      return new Expr.NullLiteral(at);
    } else if (ctx instanceof RulesParser.CallContext c) {
      return new Expr.Call(
          c.IDENT().getText(), c.expr().stream().map(this::expression).toList(), at);
    } else if (ctx instanceof RulesParser.NameRefContext c) {
      return new Expr.NameRef(c.IDENT().getText(), at);
    } else if (ctx instanceof RulesParser.ParenthesizedContext c) {
      return expression(c.expr());
    } else if (ctx instanceof RulesParser.ComprehensionContext c) {
      return new Expr.Comprehension(
          expression(c.element),
          c.IDENT().getText(),
          arith(c.arith()),
          c.filter == null ? null : expression(c.filter),
          at);
    }
    RulesParser.ListLiteralContext c = (RulesParser.ListLiteralContext) ctx;
    return new Expr.ListLiteral(c.expr().stream().map(this::expression).toList(), at);
  }

  // ---- strings and templates

  private String plainText(RulesParser.TextContext ctx) {
    StringBuilder text = new StringBuilder();
    for (TerminalNode string : ctx.STRING()) {
      text.append(stringValue(string.getSymbol()));
    }
    return text.toString();
  }

  private String stringValue(Token token) {
    String raw = token.getText();
    String body = raw.substring(1, raw.length() - 1);
    if (raw.charAt(0) == '\'') {
      return body;
    }
    return Escapes.unescape(body, (index, message) -> problemInString(token, index + 1, message));
  }

  private void problemInString(Token token, int index, String message) {
    problems.add(
        offsets.line(token.getLine() - 1),
        offsets.column(token.getLine() - 1, token.getCharPositionInLine()) + index,
        2,
        message);
  }

  private Template template(RulesParser.TextContext ctx) {
    List<Template.Part> parts = new ArrayList<>();
    for (TerminalNode string : ctx.STRING()) {
      new TemplateReader(problems, offsets).read(string.getSymbol(), parts);
    }
    return new Template(parts, span(ctx));
  }

  // ---- spans

  private Span span(ParserRuleContext ctx) {
    return offsets.span(ctx.getStart(), ctx.getStop());
  }

  private Span span(Token start, Token stop) {
    return offsets.span(start, stop);
  }
}
