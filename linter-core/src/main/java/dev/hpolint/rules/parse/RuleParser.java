package dev.hpolint.rules.parse;

import dev.hpolint.rules.RuleProblems;
import dev.hpolint.rules.ast.Expr;
import dev.hpolint.rules.ast.RuleFile;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Reads a rule file into its syntax tree. Syntax errors are collected, not thrown; after the first
 * {@link RuleProblems#MAX_PROBLEMS} the parse stops. Nesting is bounded before parsing, so that a
 * hostile file cannot exhaust the stack.
 */
public final class RuleParser {
  /** Brackets nested deeper than this are refused; real rules need a handful. */
  public static final int MAX_NESTING = 50;

  private RuleParser() {}

  /** The rules of the file, or null when it has syntax errors (which are in problems). */
  public static RuleFile parse(String fileName, String text, RuleProblems problems) {
    RulesParser parser = parser(text, Offsets.FILE, problems);
    if (parser == null) {
      return null;
    }
    try {
      RulesParser.FileContext tree = twoStage(parser, RulesParser::file);
      if (!problems.isEmpty()) {
        return null;
      }
      return new RuleTreeBuilder(problems, Offsets.FILE).file(fileName, tree);
    } catch (ParseCancellationException e) {
      return null;
    } catch (StackOverflowError e) {
      problems.add(0, 0, 1, "the rule file nests too deeply to read");
      return null;
    }
  }

  /** Parses one expression, such as a hole of a template, at a place in the file. */
  static Expr parseExpression(String text, Offsets offsets, RuleProblems problems) {
    RulesParser parser = parser(text, offsets, problems);
    if (parser == null) {
      return null;
    }
    int before = problems.list().size();
    try {
      RulesParser.StandaloneExprContext tree = twoStage(parser, RulesParser::standaloneExpr);
      if (problems.list().size() != before) {
        return null;
      }
      return new RuleTreeBuilder(problems, offsets).expression(tree.expr());
    } catch (ParseCancellationException | StackOverflowError e) {
      return null;
    }
  }

  /**
   * Parses with ANTLR's fast SLL prediction first and falls back to full LL, with error reporting
   * and recovery, only when that fails: correct files (nearly all) parse several times faster.
   */
  private static <T> T twoStage(
      RulesParser parser, java.util.function.Function<RulesParser, T> rule) {
    List<? extends org.antlr.v4.runtime.ANTLRErrorListener> listeners =
        List.copyOf(parser.getErrorListeners());
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    try {
      return rule.apply(parser);
    } catch (ParseCancellationException e) {
      parser.reset();
      listeners.forEach(parser::addErrorListener);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      return rule.apply(parser);
    }
  }

  private static RulesParser parser(String text, Offsets offsets, RuleProblems problems) {
    ProblemListener listener = new ProblemListener(problems, offsets);
    RulesLexer lexer = new RulesLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(listener);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    try {
      tokens.fill();
    } catch (ParseCancellationException e) {
      return null;
    }
    if (!nestingIsBounded(tokens.getTokens(), offsets, problems)) {
      return null;
    }
    RulesParser parser = new RulesParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(listener);
    return parser;
  }

  private static boolean nestingIsBounded(
      List<Token> tokens, Offsets offsets, RuleProblems problems) {
    int brackets = 0;
    int prefixes = 0;
    for (Token token : tokens) {
      if (token.getChannel() != Token.DEFAULT_CHANNEL) {
        continue;
      }
      switch (token.getType()) {
        case RulesLexer.LPAREN, RulesLexer.LBRACK -> brackets++;
        case RulesLexer.RPAREN, RulesLexer.RBRACK -> brackets = Math.max(0, brackets - 1);
        default -> {}
      }
      // A run of prefix operators ('not not not x') nests as deeply as brackets do.
      prefixes =
          token.getType() == RulesLexer.NOT || token.getType() == RulesLexer.MINUS
              ? prefixes + 1
              : 0;
      if (brackets + prefixes > MAX_NESTING) {
        problems.add(
            offsets.line(token.getLine() - 1),
            offsets.column(token.getLine() - 1, token.getCharPositionInLine()),
            1,
            "brackets and prefix operators nest more than " + MAX_NESTING + " deep here");
        return false;
      }
    }
    return true;
  }
}
