package dev.hpolint.fix;

import dev.hpolint.source.Syntax;
import dev.hpolint.tree.ScalarStyle;
import java.util.regex.Pattern;

/**
 * Writes a string as a literal of the document's notation, keeping the style the user chose where
 * it can: a plain YAML scalar stays plain when the new text would still read as a string.
 */
public final class ScalarWriter {
  // Plain scalars that YAML 1.1 would read as something other than a string, or that start or
  // contain characters with a meaning of their own.
  private static final Pattern NOT_PLAIN_SAFE =
      Pattern.compile(
          "^$|^[\\s\\-?:,\\[\\]{}#&*!|>'\"%@`]|[:#]\\s|\\s$|:$|\\s#|^(?i:y|n|yes|no|on|off|true|false|null|~)$"
              + "|^[-+]?(\\d[\\d_]*)?\\.?\\d[\\d_]*([eE][-+]?\\d+)?$|^0[xob]|^[-+]?\\.(inf|nan)$|[\\n\\r\\t]");

  private ScalarWriter() {}

  public static String string(String value, Syntax syntax, ScalarStyle originalStyle) {
    if (syntax == Syntax.JSON) {
      return doubleQuoted(value);
    }
    if (originalStyle == ScalarStyle.SINGLE_QUOTED && !value.contains("\n")) {
      return "'" + value.replace("'", "''") + "'";
    }
    if ((originalStyle == ScalarStyle.PLAIN || originalStyle == null) && isPlainSafe(value)) {
      return value;
    }
    return doubleQuoted(value);
  }

  public static boolean isPlainSafe(String value) {
    return !NOT_PLAIN_SAFE.matcher(value).find();
  }

  /** A double-quoted literal, valid in JSON and in YAML alike. */
  public static String doubleQuoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
