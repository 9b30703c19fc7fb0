package dev.hpolint.rules.builtin;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a metric regex as SageMaker does (Python's {@code re}) closely enough to tell whether it
 * compiles and how many groups it captures: Python-only syntax is translated to Java's before
 * compiling. {@code (?P<name>...)} becomes a plain group (Java group names cannot hold '_'), {@code
 * (?P=name)} a numbered back-reference, {@code \Z} Java's {@code \z}, {@code {,n}} {@code {0,n}}, a
 * '{' that starts no repetition a literal brace, and '[' inside a class a literal.
 */
public final class PythonRegex {

  private PythonRegex() {}

  /** The compiled pattern, or null when Python would refuse it (as far as Java can tell). */
  public static Pattern compile(String python) {
    if (python == null) {
      return null;
    }
    String java = translate(python);
    if (java == null) {
      return null;
    }
    try {
      return Pattern.compile(java);
    } catch (PatternSyntaxException | StackOverflowError e) {
      return null;
    }
  }

  /** Java's spelling of a Python pattern, or null when it refers to an unknown group name. */
  static String translate(String python) {
    StringBuilder out = new StringBuilder(python.length() + 8);
    Map<String, Integer> names = new HashMap<>();
    int groups = 0;
    boolean inClass = false;
    int n = python.length();
    for (int i = 0; i < n; i++) {
      char c = python.charAt(i);
      if (c == '\\') {
        if (i + 1 >= n) {
          return null;
        }
        char next = python.charAt(++i);
        out.append('\\').append(next == 'Z' && !inClass ? 'z' : next);
        continue;
      }
      if (inClass) {
        if (c == ']' && !classJustOpened(python, i)) {
          inClass = false;
          out.append(c);
        } else if (c == '[' || c == ']' || c == '&') {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
        continue;
      }
      switch (c) {
        case '[' -> {
          inClass = true;
          out.append(c);
          if (i + 1 < n && python.charAt(i + 1) == '^') {
            out.append('^');
            i++;
          }
        }
        case '(' -> {
          if (python.startsWith("(?P<", i)) {
            int close = python.indexOf('>', i);
            if (close < 0) {
              return null;
            }
            names.put(python.substring(i + 4, close), ++groups);
            out.append('(');
            i = close;
          } else if (python.startsWith("(?P=", i)) {
            int close = python.indexOf(')', i);
            Integer group = close < 0 ? null : names.get(python.substring(i + 4, close));
            if (group == null) {
              return null;
            }
            out.append("(?:\\").append(group).append(')');
            i = close;
          } else if (python.startsWith("(?#", i)) {
            int close = python.indexOf(')', i);
            if (close < 0) {
              return null;
            }
            i = close;
          } else {
            if (i + 1 >= n || python.charAt(i + 1) != '?') {
              groups++;
            }
            out.append(c);
          }
        }
        case '{' -> {
          int close = python.indexOf('}', i);
          String body = close < 0 ? "" : python.substring(i + 1, close);
          if (body.matches("\\d+(,\\d*)?")) {
            out.append(python, i, close + 1);
            i = close;
          } else if (body.matches(",\\d+")) {
            out.append("{0").append(body).append('}');
            i = close;
          } else {
            out.append("\\{");
          }
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A ']' right after '[' or '[^' is a literal in Python. */
  private static boolean classJustOpened(String python, int i) {
    return python.charAt(i - 1) == '['
        || (python.charAt(i - 1) == '^'
            && i >= 2
            && python.charAt(i - 2) == '['
            && (i < 3 || python.charAt(i - 3) != '\\'));
  }
}
