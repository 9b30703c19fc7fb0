package dev.hpolint.rules.parse;

/** The escapes of double-quoted strings: \" \\ \n \t \r and \\uXXXX. */
final class Escapes {

  /** Receives a problem at an index of the string's body. */
  interface Problems {
    void add(int index, String message);
  }

  private Escapes() {}

  static String unescape(String body, Problems problems) {
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 >= body.length()) {
        out.append(c);
        continue;
      }
      char next = body.charAt(++i);
      switch (next) {
        case '"', '\\', '/' -> out.append(next);
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'u' -> {
          String hex = i + 4 < body.length() ? body.substring(i + 1, i + 5) : "";
          if (hex.matches("[0-9A-Fa-f]{4}")) {
            out.append((char) Integer.parseInt(hex, 16));
            i += 4;
          } else {
            problems.add(i - 1, "\\u needs four hexadecimal digits");
          }
        }
        default ->
            problems.add(
                i - 1,
                "unknown escape \\"
                    + next
                    + "; for a regular expression use a single-quoted string, such as '\\"
                    + next
                    + "'");
      }
    }
    return out.toString();
  }
}
