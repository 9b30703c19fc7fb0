package dev.hpolint.yaml;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.fix.ScalarWriter;
import dev.hpolint.fix.TextEdits;
import dev.hpolint.rules.Check;
import dev.hpolint.rules.DocumentContext;
import dev.hpolint.rules.RuleInfo;
import dev.hpolint.schema.Labels;
import dev.hpolint.schema.SchemaCheck;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Shape;
import dev.hpolint.source.Syntax;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Nodes;
import dev.hpolint.tree.StringNode;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * HPO-DESCRIBE-TIMESTAMP-TYPES: an unquoted YAML date or time, which YAML loaders (the AWS CLI's
 * and PyYAML) hand over as a date object where every member of this request takes text or a number.
 * Written in Java, not in the rule language, because it looks at every value of the document
 * whatever member holds it, and at how the value was written (plain or quoted); a rule selects
 * members by name and sees only values.
 */
public final class YamlTimestampCheck implements Check {
  public static final String ID = "HPO-DESCRIBE-TIMESTAMP-TYPES";

  private static final List<RuleInfo> RULES =
      List.of(
          RuleInfo.builtIn(
              ID, Severity.ERROR, "An unquoted YAML date or time, which loads as a timestamp"));

  private final SchemaModel schema;
  private final Set<String> outputOnlyMembers;

  public YamlTimestampCheck(SchemaModel schema) {
    this.schema = schema;
    this.outputOnlyMembers = SchemaCheck.outputOnlyMembers();
  }

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
    for (Member member : document.root().members()) {
      // HPO-DESCRIBE-OUTPUT-ONLY reports a Describe-only member as a whole, dates and all.
      if (outputOnlyMembers.contains(member.name())) {
        continue;
      }
      Nodes.forEachValue(
          member.value(),
          node -> {
            if (node instanceof StringNode string && isTimestamp(string)) {
              Diagnostic finding = finding(string, edits);
              if (finding != null) {
                report.accept(finding);
              }
            }
          });
    }
  }

  /** The reader marks unquoted dates: ruamel (the AWS CLI) and PyYAML both load them as dates. */
  private static boolean isTimestamp(StringNode string) {
    return string.isYamlTimestamp();
  }

  private Diagnostic finding(StringNode string, TextEdits edits) {
    Shape shape = schema.shapeAt(string.pointer());
    if (shape != null && !"string".equals(shape.type())) {
      // A date where a number or a boolean belongs is SCHEMA-TYPE's finding.
      return null;
    }
    String text = string.value();
    String member = Labels.of(string.pointer());
    String message =
        member
            + " is the unquoted date "
            + text
            + ", which YAML loaders such as the AWS CLI read as a timestamp, not as text, and no"
            + " member of this request takes a timestamp; put it in quotes: \""
            + text
            + "\"";
    // Quoting keeps the text as written; it is certainly right where the member is a string.
    Fix quote =
        new Fix(
            "Quote " + text,
            List.of(edits.replace(string, ScalarWriter.doubleQuoted(text))),
            shape != null);
    return new Diagnostic(
        ID, Severity.ERROR, message, string.pointer(), string.range(), List.of(quote), List.of());
  }
}
