package dev.hpolint.rules.parse;

import dev.hpolint.rules.RuleProblems;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Turns ANTLR's syntax errors into rule-file problems at the right place, in plainer words, and
 * stops the parse once the problem list is full so that recovery stays bounded.
 */
final class ProblemListener extends BaseErrorListener {
  private final RuleProblems problems;
  private final Offsets offsets;

  ProblemListener(RuleProblems problems, Offsets offsets) {
    this.problems = problems;
    this.offsets = offsets;
  }

  @Override
  public void syntaxError(
      Recognizer<?, ?> recognizer,
      Object offendingSymbol,
      int line,
      int charPositionInLine,
      String msg,
      RecognitionException e) {
    int length = 1;
    if (offendingSymbol instanceof Token token && token.getType() != Token.EOF) {
      length = Math.max(1, token.getStopIndex() - token.getStartIndex() + 1);
      if (token.getType() == RulesLexer.UNTERMINATED_STRING) {
        msg = "this string has no closing quote on its line";
      } else if (token.getType() == RulesLexer.UNEXPECTED) {
        msg = "unexpected character " + token.getText();
      }
    }
    problems.add(
        offsets.line(line - 1), offsets.column(line - 1, charPositionInLine), length, plain(msg));
    if (problems.full()) {
      throw new ParseCancellationException("too many problems");
    }
  }

  /** ANTLR's messages name token types; say it in words a rule writer knows. */
  private static String plain(String message) {
    String text = message.replace("<EOF>", "the end of the file");
    if (text.startsWith("extraneous input")) {
      text = text.replaceFirst("^extraneous input", "unexpected");
    } else if (text.startsWith("mismatched input")) {
      text = text.replaceFirst("^mismatched input", "unexpected");
    } else if (text.startsWith("no viable alternative at input")) {
      text =
          "cannot read this: " + text.substring("no viable alternative at input".length()).trim();
    } else if (text.startsWith("token recognition error at:")) {
      text = "unexpected character" + text.substring("token recognition error at:".length());
    }
    if (text.contains("expecting {") && text.length() > 160) {
      text = text.substring(0, text.indexOf("expecting {")).trim();
    }
    return text;
  }
}
