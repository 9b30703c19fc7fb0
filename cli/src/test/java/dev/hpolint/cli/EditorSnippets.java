package dev.hpolint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor setups in {@code editors/README.md}, by name: each is the fenced code block after a
 * {@code <!-- snippet: NAME -->} line. Tests run or parse exactly what a user would copy, so the
 * page cannot drift from what works.
 */
final class EditorSnippets {
  /** Where the page tells users to put the jar; tests put the jar they built there instead. */
  static final String JAR_PLACEHOLDER = "~/.local/share/hpolint/hpolint.jar";

  private static final Pattern SNIPPET =
      Pattern.compile(
          "<!-- snippet: ([\\w.-]+) -->\\R```[\\w-]*\\R(.*?)^```",
          Pattern.DOTALL | Pattern.MULTILINE);

  private final Map<String, String> snippets;

  private EditorSnippets(Map<String, String> snippets) {
    this.snippets = snippets;
  }

  /** Reads the page from the repository; Maven runs the cli module's tests in {@code cli/}. */
  static EditorSnippets fromRepository() {
    Path page = Path.of(System.getProperty("user.dir")).resolve("../editors/README.md").normalize();
    try {
      return parse(Files.readString(page));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page, e);
    }
  }

  static EditorSnippets parse(String page) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher matcher = SNIPPET.matcher(page);
    while (matcher.find()) {
      found.put(matcher.group(1), matcher.group(2));
    }
    return new EditorSnippets(found);
  }

  Map<String, String> all() {
    return Map.copyOf(snippets);
  }

  String get(String name) {
    String snippet = snippets.get(name);
    if (snippet == null) {
      throw new AssertionError(
          "editors/README.md has no snippet " + name + "; it has " + snippets.keySet());
    }
    return snippet;
  }

  /** The snippet with the jar the build just made in place of the page's jar path. */
  String withJar(String name, Path jar) {
    String snippet = get(name);
    if (!snippet.contains(JAR_PLACEHOLDER)) {
      throw new AssertionError("snippet " + name + " does not name " + JAR_PLACEHOLDER);
    }
    return snippet.replace(JAR_PLACEHOLDER, jar.toAbsolutePath().toString());
  }
}
