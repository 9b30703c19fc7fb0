package dev.hpolint.schema;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.tree.JsonPointer;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings about members: a required one missing, one the API does not define (with the closest
 * valid name, or the structure it belongs in), and map keys of the wrong form.
 */
final class MemberFindings {
  private static final Set<String> NAME_EVIDENCE =
      Set.of("HyperParameterTuningJobArn", "BestTrainingJob");

  private final SchemaModel model;
  private final PatternWords words;
  private final Set<String> outputOnlyMembers;
  private final Map<String, List<String>> ownersOfMember;

  MemberFindings(SchemaModel model, PatternWords words, Set<String> outputOnlyMembers) {
    this.model = model;
    this.words = words;
    this.outputOnlyMembers = outputOnlyMembers;
    this.ownersOfMember = indexOwners(model);
  }

  Diagnostic required(FindingContext context, Node object, String member) {
    String pointer = object.pointer();
    String where = pointer.isEmpty() ? "The request" : Labels.of(pointer);
    Shape shape = model.shapeAt(JsonPointer.child(pointer, member));
    String hint = shape == null ? "" : " (" + SchemaWords.typeWord(shape) + ")";
    return new Diagnostic(
        SchemaIds.REQUIRED,
        Severity.ERROR,
        where + " is missing the required member " + member + hint,
        pointer,
        Locations.headline(object, context.source()));
  }

  Diagnostic unknownMember(FindingContext context, Node objectNode, String name) {
    if (!(objectNode instanceof ObjectNode object)) {
      return null;
    }
    Member member = object.member(name);
    if (member == null) {
      return null;
    }
    String parentPointer = object.pointer();
    String pointer = JsonPointer.child(parentPointer, name);
    if (parentPointer.isEmpty() && outputOnlyMembers.contains(name)) {
      // While the request still carries the described job's own name, the members that show
      // whose name it is are the evidence HPO-DESCRIBE-NAME-REUSE reports from: --fix must not
      // remove them and leave a request that looks clean but collides with the existing job.
      boolean evidence = NAME_EVIDENCE.contains(name) && reusesDescribedName(object);
      return new Diagnostic(
          SchemaIds.DESCRIBE_OUTPUT_ONLY,
          Severity.ERROR,
          name
              + " is part of a DescribeHyperParameterTuningJob response, not of a create request;"
              + (evidence
                  ? " rename the job first (it still has the described job's name), then remove it"
                  : " remove it before submitting"),
          pointer,
          member.key().range(),
          List.of(
              new Fix("Remove " + name, List.of(context.edits().removeMember(member)), !evidence)),
          List.of());
    }
    Shape shape = model.shapeAt(parentPointer);
    List<String> valid = shape == null ? List.of() : new ArrayList<>(shape.properties().keySet());
    String where =
        parentPointer.isEmpty()
            ? "a CreateHyperParameterTuningJob request"
            : Labels.of(parentPointer);
    StringBuilder message = new StringBuilder(name).append(" is not a member of ").append(where);
    List<Fix> fixes = new ArrayList<>();
    String sameButCase = Suggestions.sameButForCase(name, valid);
    String closest = sameButCase != null ? sameButCase : Suggestions.closest(name, valid);
    if (closest != null && !closest.equals(name)) {
      message.append("; did you mean ").append(closest).append('?');
      boolean taken = object.has(closest);
      if (!taken) {
        fixes.add(
            new Fix(
                "Rename to " + closest,
                List.of(context.edits().renameKey(member, closest)),
                sameButCase != null));
      }
    } else {
      List<String> owners = ownersOfMember.getOrDefault(name, List.of());
      if (!owners.isEmpty()) {
        message.append("; it belongs in ").append(String.join(" or ", owners));
      } else if (!valid.isEmpty()) {
        message.append("; valid members are ").append(String.join(", ", valid));
      }
    }
    return new Diagnostic(
        SchemaIds.UNKNOWN_FIELD,
        Severity.ERROR,
        message.toString(),
        pointer,
        member.key().range(),
        fixes,
        List.of());
  }

  List<Diagnostic> badKeys(FindingContext context, Node objectNode) {
    List<Diagnostic> findings = new ArrayList<>();
    Shape map = model.shapeAt(objectNode.pointer());
    if (!(objectNode instanceof ObjectNode object) || map == null || map.keyConstraints() == null) {
      return findings;
    }
    Shape keys = map.keyConstraints();
    for (Member member : object.members()) {
      String key = member.name();
      String problem = null;
      if (keys.maxLength() != null && key.length() > keys.maxLength()) {
        problem =
            "is " + key.length() + " characters long; at most " + keys.maxLength() + " are allowed";
      } else if (keys.minLength() != null && key.length() < keys.minLength()) {
        problem = "must not be empty";
      } else if (keys.pattern() != null
          && !java.util.regex.Pattern.compile(keys.pattern()).matcher(key).matches()) {
        problem = "must be " + words.describe(map.keyShape(), keys.pattern());
      }
      if (problem != null) {
        String id = problem.startsWith("must be ") ? SchemaIds.PATTERN : SchemaIds.LENGTH;
        findings.add(
            new Diagnostic(
                id,
                Severity.ERROR,
                "The name "
                    + SchemaWords.quote(key)
                    + " in "
                    + Labels.of(object.pointer())
                    + " "
                    + problem,
                JsonPointer.child(object.pointer(), key),
                member.key().range()));
      }
    }
    return findings;
  }

  /** The described job's name, as a Describe response names it: in its ARN or its best job. */
  private static boolean reusesDescribedName(ObjectNode root) {
    if (!(root.get("HyperParameterTuningJobName") instanceof StringNode name)) {
      return false;
    }
    String described = null;
    if (root.get("HyperParameterTuningJobArn") instanceof StringNode arn) {
      int slash = arn.value().lastIndexOf("hyper-parameter-tuning-job/");
      described =
          slash < 0 ? null : arn.value().substring(slash + "hyper-parameter-tuning-job/".length());
    }
    if (described == null
        && root.get("BestTrainingJob") instanceof ObjectNode best
        && best.get("TuningJobName") instanceof StringNode tuningJob) {
      described = tuningJob.value();
    }
    return described != null && described.equalsIgnoreCase(name.value());
  }

  /** Member names that appear in several structures, with the members that hold each structure. */
  private static Map<String, List<String>> indexOwners(SchemaModel model) {
    Map<String, List<String>> holders = new HashMap<>();
    for (Shape shape : model.shapes().values()) {
      for (Shape.Property property : shape.properties().values()) {
        holders.computeIfAbsent(property.shape(), k -> new ArrayList<>()).add(property.name());
        // A structure held in a list belongs in each of its items: TrainingJobDefinitions[*].
        Shape held = model.shape(property.shape());
        if (held != null && held.isList() && held.itemShape() != null) {
          holders
              .computeIfAbsent(held.itemShape(), k -> new ArrayList<>())
              .add("each item of " + property.name());
        }
      }
    }
    Map<String, List<String>> owners = new HashMap<>();
    for (Shape shape : model.shapes().values()) {
      List<String> names = holders.getOrDefault(shape.name(), List.of());
      for (String member : shape.properties().keySet()) {
        List<String> list = owners.computeIfAbsent(member, k -> new ArrayList<>());
        for (String name : names) {
          if (!list.contains(name)) {
            list.add(name);
          }
        }
      }
    }
    return owners;
  }
}
