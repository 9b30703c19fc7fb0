package dev.hpolint.rules.parse;

import dev.hpolint.rules.RuleProblems;
import dev.hpolint.rules.ast.Expr;
import dev.hpolint.rules.ast.Template;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Splits one string of a message into text and {@code {expr}} holes, and parses each hole as an
 * expression at its place in the file, so that a mistake inside a hole is reported where it is.
 * {@code {{} and {@code }}} are literal braces.
 */
final class TemplateReader {
  private final RuleProblems problems;
  private final Offsets offsets;

  TemplateReader(RuleProblems problems, Offsets offsets) {
    this.problems = problems;
    this.offsets = offsets;
  }

  void read(Token token, List<Template.Part> parts) {
    String raw = token.getText();
    boolean escapes = raw.charAt(0) == '"';
    String body = raw.substring(1, raw.length() - 1);
    int line = offsets.line(token.getLine() - 1);
    int column = offsets.column(token.getLine() - 1, token.getCharPositionInLine()) + 1;
    int offset = offsets.offset() + token.getStartIndex() + 1;
    StringBuilder text = new StringBuilder();
    int textStart = 0;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if ((c == '{' || c == '}') && i + 1 < body.length() && body.charAt(i + 1) == c) {
        text.append(literal(body.substring(textStart, i), escapes, line, column + textStart));
        text.append(c);
        i += 2;
        textStart = i;
        continue;
      }
      if (c == '}') {
        problems.add(line, column + i, 1, "a lone '}' in a message; write '}}' for a brace");
        i++;
        continue;
      }
      if (c != '{') {
        i++;
        continue;
      }
      int end = holeEnd(body, i + 1, escapes);
      if (end < 0) {
        problems.add(line, column + i, 1, "this '{' has no closing '}'; write '{{' for a brace");
        return;
      }
      text.append(literal(body.substring(textStart, i), escapes, line, column + textStart));
      if (!text.isEmpty()) {
        parts.add(new Template.Text(text.toString()));
        text.setLength(0);
      }
      String hole = body.substring(i + 1, end);
      if (hole.isBlank()) {
        problems.add(line, column + i, 2, "an empty '{}' in a message; put an expression inside");
      } else {
        String source = escapes ? hole.replace("\\\"", "\"").replace("\\\\", "\\") : hole;
        Expr expr =
            RuleParser.parseExpression(
                source, new Offsets(offset + i + 1, line, column + i + 1), problems);
        if (expr != null) {
          parts.add(new Template.Hole(expr));
        }
      }
      i = end + 1;
      textStart = i;
    }
    text.append(literal(body.substring(textStart), escapes, line, column + textStart));
    if (!text.isEmpty()) {
      parts.add(new Template.Text(text.toString()));
    }
  }

  /** Where the hole that starts at {@code from} ends: its '}' outside quoted strings, or -1. */
  private static int holeEnd(String body, int from, boolean escapes) {
    boolean single = false;
    boolean dbl = false;
    for (int j = from; j < body.length(); j++) {
      char c = body.charAt(j);
      if (escapes && c == '\\' && j + 1 < body.length()) {
        if (body.charAt(j + 1) == '"' && !single) {
          dbl = !dbl;
        }
        j++;
      } else if (c == '\'' && !dbl) {
        single = !single;
      } else if (c == '}' && !single && !dbl) {
        return j;
      }
    }
    return -1;
  }

  private String literal(String piece, boolean escapes, int line, int column) {
    if (!escapes) {
      return piece;
    }
    return Escapes.unescape(
        piece, (index, message) -> problems.add(line, column + index, 2, message));
  }
}
