package dev.hpolint.files;

import java.util.regex.Pattern;

/**
 * An Ant-style path pattern, as Maven users write them in {@code <includes>}: {@code *} matches
 * within one folder name, {@code ?} one character, and {@code **} any number of folders, none
 * included ({@code **}{@code /*.json} matches {@code a.json} and {@code x/y/a.json}). A pattern
 * ending in {@code /} means everything below that folder. Paths use forward slashes.
 */
public final class PathPattern {
  private final String text;
  private final Pattern regex;

  private PathPattern(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
  }

  public static PathPattern of(String pattern) {
    String normal = pattern.trim().replace('\\', '/');
    while (normal.startsWith("./")) {
      normal = normal.substring(2);
    }
    if (normal.endsWith("/")) {
      normal = normal + "**";
    }
    StringBuilder regex = new StringBuilder();
    String[] segments = normal.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      boolean last = i == segments.length - 1;
      if (segments[i].equals("**")) {
        regex.append(last ? ".*" : "(?:[^/]*/)*");
        continue;
      }
      regex.append(segment(segments[i]));
      if (!last) {
        regex.append('/');
      }
    }
    return new PathPattern(pattern, Pattern.compile(regex.toString()));
  }

  /** True when the relative path (forward slashes) matches. */
  public boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  /** True when every path below this folder matches, so a scan need not enter it. */
  boolean coversFolder(String relativeFolder) {
    return matches(relativeFolder + "/\u0000any");
  }

  @Override
  public String toString() {
    return text;
  }

  private static String segment(String glob) {
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        if (literal.length() > 0) {
          out.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        out.append(c == '*' ? "[^/]*" : "[^/]");
      } else {
        literal.append(c);
      }
    }
    if (literal.length() > 0) {
      out.append(Pattern.quote(literal.toString()));
    }
    return out.toString();
  }
}
