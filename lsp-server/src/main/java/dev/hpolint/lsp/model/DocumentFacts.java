package dev.hpolint.lsp.model;

import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.JsonPointer;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names a request defines in one place and uses in another: hyperparameters (static values and
 * tuning ranges) and metrics (defined under {@code MetricDefinitions}, named by the objective). A
 * request has either one {@code TrainingJobDefinition} or a list of {@code TrainingJobDefinitions};
 * both are searched, each definition with its own index (-1 for the single one).
 */
public final class DocumentFacts {
  public static final List<String> RANGE_KINDS =
      List.of(
          "IntegerParameterRanges",
          "ContinuousParameterRanges",
          "CategoricalParameterRanges",
          "AutoParameters");

  /** A metric definition: its name and where that name is written. */
  public record Metric(String name, StringNode nameNode, Node definition, int definitionIndex) {}

  /** A hyperparameter name and where it is used, in words ("StaticHyperParameters"). */
  public record Hyperparameter(String name, String usedIn) {}

  private final List<Node> roots;

  public DocumentFacts(List<Node> roots) {
    this.roots = List.copyOf(roots);
  }

  /** The training-job definitions: the single one (index -1) and the listed ones (0, 1, ...). */
  public Map<Integer, ObjectNode> definitions() {
    Map<Integer, ObjectNode> definitions = new LinkedHashMap<>();
    for (Node root : roots) {
      if (JsonPointer.resolve(root, "/TrainingJobDefinition") instanceof ObjectNode single) {
        definitions.put(-1, single);
      }
      if (JsonPointer.resolve(root, "/TrainingJobDefinitions") instanceof ArrayNode list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.items().get(i) instanceof ObjectNode definition) {
            definitions.put(i, definition);
          }
        }
      }
    }
    return definitions;
  }

  public List<Metric> metrics() {
    List<Metric> metrics = new ArrayList<>();
    definitions()
        .forEach(
            (index, definition) -> {
              if (JsonPointer.resolve(definition, "/AlgorithmSpecification/MetricDefinitions")
                  instanceof ArrayNode list) {
                for (Node item : list.items()) {
                  if (item instanceof ObjectNode metric
                      && metric.get("Name") instanceof StringNode name) {
                    metrics.add(new Metric(name.value(), name, metric, index));
                  }
                }
              }
            });
    return metrics;
  }

  /** Hyperparameter names, each once, with the first place it is used. */
  public List<Hyperparameter> hyperparameters() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Node root : roots) {
      if (JsonPointer.resolve(root, "/HyperParameterTuningJobConfig/ParameterRanges")
          instanceof ObjectNode ranges) {
        rangeNames(ranges, names);
      }
    }
    for (ObjectNode definition : definitions().values()) {
      if (definition.get("StaticHyperParameters") instanceof ObjectNode statics) {
        for (Member member : statics.members()) {
          names.putIfAbsent(member.name(), "StaticHyperParameters");
        }
      }
      if (definition.get("HyperParameterRanges") instanceof ObjectNode ranges) {
        rangeNames(ranges, names);
      }
    }
    List<Hyperparameter> list = new ArrayList<>();
    names.forEach((name, usedIn) -> list.add(new Hyperparameter(name, usedIn)));
    return list;
  }

  private static void rangeNames(ObjectNode ranges, Map<String, String> names) {
    for (String kind : RANGE_KINDS) {
      if (ranges.get(kind) instanceof ArrayNode list) {
        for (Node item : list.items()) {
          if (item instanceof ObjectNode range && range.get("Name") instanceof StringNode name) {
            names.putIfAbsent(name.value(), kind);
          }
        }
      }
    }
  }
}
