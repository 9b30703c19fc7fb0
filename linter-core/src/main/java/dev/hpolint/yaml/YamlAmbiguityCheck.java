package dev.hpolint.yaml;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.fix.ScalarWriter;
import dev.hpolint.fix.TextEdits;
import dev.hpolint.rules.Check;
import dev.hpolint.rules.DocumentContext;
import dev.hpolint.rules.RuleInfo;
import dev.hpolint.source.Syntax;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * YAML-AMBIGUOUS-SCALAR: an unquoted value that the AWS CLI (YAML 1.2) reads as text but PyYAML
 * (YAML 1.1, as in {@code yaml.safe_load} before calling boto3) reads as a boolean, a number or
 * null — {@code Off}, {@code yes}, {@code 010}. The same file then means two different requests;
 * quoting the value makes every tool read the text.
 */
public final class YamlAmbiguityCheck implements Check {
  public static final String ID = "YAML-AMBIGUOUS-SCALAR";
  private static final List<RuleInfo> RULES =
      List.of(
          RuleInfo.builtIn(
              ID,
              Severity.WARNING,
              "An unquoted YAML value that YAML 1.1 and YAML 1.2 tools read differently"));

  @Override
  public List<RuleInfo> rules() {
    return RULES;
  }

  @Override
  public void run(DocumentContext document, Consumer<Diagnostic> report) {
    if (document.source().syntax() != Syntax.YAML) {
      return;
    }
    TextEdits edits = new TextEdits(document.source());
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(document.root());
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof ObjectNode object) {
        for (Member member : object.members()) {
          pending.push(member.value());
        }
      } else if (node instanceof ArrayNode array) {
        array.items().forEach(pending::push);
      } else if (node instanceof StringNode string && string.yaml11Reading() != null) {
        report.accept(finding(string, edits));
      }
    }
  }

  private static Diagnostic finding(StringNode string, TextEdits edits) {
    String text = string.value();
    String message =
        "The AWS CLI reads the unquoted "
            + text
            + " as the text \""
            + text
            + "\", but PyYAML (yaml.safe_load, used by many boto3 scripts) reads it as "
            + string.yaml11Reading()
            + "; put it in quotes so that every tool sends the same value";
    Fix quote =
        new Fix(
            "Quote " + text, List.of(edits.replace(string, ScalarWriter.doubleQuoted(text))), true);
    return new Diagnostic(
        ID, Severity.WARNING, message, string.pointer(), string.range(), List.of(quote), List.of());
  }
}
