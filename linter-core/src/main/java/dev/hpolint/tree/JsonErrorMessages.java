package dev.hpolint.tree;

import dev.hpolint.source.SourceText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Jackson's parse errors into sentences about the user's text: a trailing comma, a comment,
 * single quotes or Python's True and None are the mistakes people actually make in hand-written
 * request files.
 */
final class JsonErrorMessages {
  private static final Pattern UNEXPECTED_CHAR =
      Pattern.compile(
          "Unexpected character \\('(.+?)' \\(code \\d+\\)\\)(?:: (.*))?", Pattern.DOTALL);
  private static final Pattern UNRECOGNIZED_TOKEN =
      Pattern.compile("Unrecognized token '([^']*)'", Pattern.DOTALL);

  private JsonErrorMessages() {}

  /** Where a token that Jackson reports at its end actually starts. */
  static int tokenStart(String jacksonMessage, String text, int offset) {
    Matcher token = UNRECOGNIZED_TOKEN.matcher(jacksonMessage == null ? "" : jacksonMessage);
    if (token.lookingAt()) {
      String word = token.group(1);
      int start = offset - word.length();
      if (start >= 0 && text.startsWith(word, start)) {
        return start;
      }
    }
    return offset;
  }

  static String explain(
      String jacksonMessage, String text, int offset, TreeBuilder builder, SourceText source) {
    String message = jacksonMessage == null ? "" : jacksonMessage;
    if (message.startsWith("Unexpected end-of-input")) {
      if (builder.depth() > 0) {
        int start = builder.innermostStart();
        return String.format(
            "The document ends before the %s opened on line %d is closed",
            builder.innermostIsObject() ? "object" : "array", source.position(start).line() + 1);
      }
      return "The document ends in the middle of a value";
    }
    Matcher unexpected = UNEXPECTED_CHAR.matcher(message);
    if (unexpected.lookingAt()) {
      String found = unexpected.group(1);
      String expecting = unexpected.group(2) == null ? "" : unexpected.group(2);
      char before = previousNonBlank(text, offset);
      if (("}".equals(found) || "]".equals(found)) && before == ',') {
        return "Trailing comma: JSON allows no comma before '" + found + "'; remove it";
      }
      if ("/".equals(found) || "#".equals(found)) {
        return "JSON does not allow comments; remove it (YAML files may have # comments)";
      }
      if ("'".equals(found)) {
        return "JSON strings and member names must be in double quotes, not single quotes";
      }
      if (expecting.contains("double-quote to start field name")) {
        return "Expected a member name in double quotes, but found '" + found + "'";
      }
      if (expecting.contains("comma to separate Object entries")) {
        return "A comma is missing between two members of this object";
      }
      if (expecting.contains("comma to separate Array entries")) {
        return "A comma is missing between two items of this array";
      }
      if (expecting.contains("colon to separate field name and value")) {
        return "A colon is missing between the member name and its value";
      }
      if (expecting.contains("maybe a (non-standard) comment")) {
        return "JSON does not allow comments; remove it (YAML files may have # comments)";
      }
      return "Unexpected character '" + found + "' here";
    }
    if (message.startsWith("Illegal unquoted character")) {
      return "A string holds a raw control character (such as a line break or tab); write it as"
          + " an escape like \\n or \\t";
    }
    Matcher token = UNRECOGNIZED_TOKEN.matcher(message);
    if (token.lookingAt()) {
      String word = token.group(1);
      return switch (word) {
        case "True", "False", "TRUE", "FALSE" ->
            word + " is not a JSON value; JSON writes booleans in lower case: true or false";
        case "None", "NULL", "Null", "nil" -> word + " is not a JSON value; JSON writes null";
        case "NaN", "Infinity", "-Infinity" -> word + " is not a valid JSON number";
        default -> "'" + word + "' is not a JSON value; strings must be in double quotes";
      };
    }
    if (message.contains("Invalid numeric value") || message.contains("Leading zeroes")) {
      return "Invalid number: " + firstLine(message);
    }
    return firstLine(message);
  }

  /**
   * Where to point for an error Jackson reports at {@code offset}: at the comma of a trailing comma
   * (the character to delete), just after the last character written when the text ends early, else
   * where Jackson says.
   */
  static int where(String message, String text, int offset) {
    if (message.startsWith("Trailing comma")) {
      for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
        if (!Character.isWhitespace(text.charAt(i))) {
          return i;
        }
      }
    }
    if (offset >= text.length()) {
      return text.stripTrailing().length();
    }
    return offset;
  }

  private static char previousNonBlank(String text, int offset) {
    for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 0;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.replaceAll(" \\(code \\d+\\)", "").trim();
  }
}
