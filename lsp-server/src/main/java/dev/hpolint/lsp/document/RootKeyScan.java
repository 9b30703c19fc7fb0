package dev.hpolint.lsp.document;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fast, one-sided answer to "does the top level of this text name one of these members?", read
 * from the text without parsing it. A yes is certain enough to act on (a key at column 0 in block
 * YAML, a key at depth one in JSON); anything else means "do not know", and the caller asks the
 * core's detector, which parses. Editors ask on every keystroke; parsing a 1 MB request each time
 * cost more than linting it.
 */
final class RootKeyScan {
  private static final Pattern YAML_ROOT_KEY =
      Pattern.compile(
          "(?m)^(?:\"HyperParameterTuningJob(?:Config|Name)\"|'HyperParameterTuningJob(?:Config|Name)'|HyperParameterTuningJob(?:Config|Name))[ \\t]*:(?:[ \\t]|$)");

  private RootKeyScan() {}

  static boolean yamlNamesRootKey(String text) {
    return YAML_ROOT_KEY.matcher(text).find();
  }

  /** True when a member of the outermost object has one of the names. */
  static boolean jsonNamesRootKey(String text, Set<String> names) {
    int depth = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = i + 1;
        while (end < n && text.charAt(end) != '"' && text.charAt(end) != '\n') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        if (end >= n || text.charAt(end) != '"') {
          return false; // an unclosed string: leave the answer to the parser
        }
        if (depth == 1
            && names.contains(text.substring(i + 1, end))
            && colonFollows(text, end + 1)) {
          return true;
        }
        i = end + 1;
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth <= 0) {
          return false; // past the first top-level value
        }
      }
      i++;
    }
    return false;
  }

  private static boolean colonFollows(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return c == ':';
      }
    }
    return false;
  }
}
