package dev.hpolint.tree;

import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Rewords SnakeYAML's parse errors for the mistakes people make in YAML request files. */
final class YamlErrorMessages {

  private YamlErrorMessages() {}

  static String explain(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    if (problem.contains("cannot start any token") && problem.contains("\\t")) {
      return "YAML does not allow tab characters for indentation; indent with spaces";
    }
    if (problem.startsWith("mapping values are not allowed here")) {
      return "Unexpected ':' here; check the indentation, or quote a value that contains ': '";
    }
    if (problem.startsWith("found duplicate anchor")) {
      return "This anchor name is already defined earlier in the document";
    }
    if (problem.startsWith("found undefined alias")) {
      return "This alias refers to no anchor defined before it";
    }
    if (problem.startsWith("could not find expected ':'")) {
      return "Expected ':' after a member name; a line of a mapping must read 'Name: value'";
    }
    if (problem.startsWith("found unexpected end of stream")) {
      return "The document ends inside a quoted string; close the quote";
    }
    if (problem.startsWith("special characters are not allowed")) {
      return "The text holds a control character that YAML does not allow";
    }
    if (problem.startsWith("expected <block end>, but found")) {
      return "The indentation of this line does not fit the lines above it ("
          + problem.substring("expected <block end>, but ".length())
          + ")";
    }
    String context = e.getContext() == null ? "" : e.getContext() + ": ";
    return "Invalid YAML: " + firstLine(context + problem);
  }

  static String firstLine(String message) {
    if (message == null) {
      return "unknown problem";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
