package dev.hpolint.schema;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.fix.TextEdits;
import dev.hpolint.source.SourceText;
import dev.hpolint.tree.JsonPointer;
import dev.hpolint.tree.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns schema violations into findings a user can act on without reading the schema: each at the
 * range of the offending key or value, in plain words that name the valid alternatives, with a fix
 * where the right edit is certain. Where a catalog rule says the same thing more precisely (letter
 * case of an enum value, a job name, a member only Describe returns), that rule's finding replaces
 * the generic one: one defect, one finding.
 */
public final class SchemaFindings {
  /** Value findings on one node, most telling first; only the first is reported. */
  private static final List<String> VALUE_PRIORITY =
      List.of(
          SchemaIds.TYPE,
          SchemaIds.NAME_PATTERN,
          SchemaIds.ENUM_CASE,
          SchemaIds.ENUM,
          SchemaIds.PATTERN,
          SchemaIds.LENGTH,
          SchemaIds.RANGE,
          SchemaIds.SIZE);

  private final MemberFindings members;
  private final ValueFindings values;

  public SchemaFindings(SchemaModel model, PatternWords words, Set<String> outputOnlyMembers) {
    this.members = new MemberFindings(model, words, outputOnlyMembers);
    this.values = new ValueFindings(model, words);
  }

  public List<Diagnostic> explain(SourceText source, Node root, List<SchemaViolation> violations) {
    FindingContext context = new FindingContext(source, root, new TextEdits(source));
    Map<String, Diagnostic> valueFindings = new LinkedHashMap<>();
    List<Diagnostic> memberFindings = new ArrayList<>();
    for (SchemaViolation violation : violations) {
      Node node = JsonPointer.resolve(root, violation.pointer());
      if (node == null) {
        continue;
      }
      switch (violation.keyword()) {
        case "required" ->
            memberFindings.add(members.required(context, node, violation.property()));
        case "additionalProperties" -> {
          Diagnostic finding = members.unknownMember(context, node, violation.property());
          if (finding != null) {
            memberFindings.add(finding);
          }
        }
        case "propertyNames" -> memberFindings.addAll(members.badKeys(context, node));
        default -> {
          Diagnostic finding = values.valueFinding(context, node, violation.keyword());
          if (finding != null) {
            valueFindings.merge(violation.pointer(), finding, SchemaFindings::moreTelling);
          }
        }
      }
    }
    List<Diagnostic> all = new ArrayList<>(memberFindings);
    all.addAll(valueFindings.values());
    all.sort(
        Comparator.comparingInt((Diagnostic d) -> d.range().start().offset())
            .thenComparing(Diagnostic::ruleId));
    return dedupe(all);
  }

  private static Diagnostic moreTelling(Diagnostic a, Diagnostic b) {
    return VALUE_PRIORITY.indexOf(a.ruleId()) <= VALUE_PRIORITY.indexOf(b.ruleId()) ? a : b;
  }

  private static List<Diagnostic> dedupe(List<Diagnostic> findings) {
    Map<String, Diagnostic> unique = new LinkedHashMap<>();
    for (Diagnostic finding : findings) {
      unique.putIfAbsent(
          finding.ruleId() + "\u0000" + finding.pointer() + "\u0000" + finding.message(), finding);
    }
    return new ArrayList<>(unique.values());
  }
}
