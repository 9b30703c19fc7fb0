package dev.hpolint.lsp.completion;

import dev.hpolint.lsp.model.DocumentFacts;
import dev.hpolint.lsp.model.InstanceCatalog;
import dev.hpolint.schema.Shape;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;

/**
 * Values for the place at the cursor: the schema's allowed values (instance types with their GPUs
 * and local storage), true and false, the metric names an objective may use, and hyperparameter
 * names already used elsewhere in the document.
 */
final class ValueCompletions {
  private static final String JOB_OBJECTIVE_METRIC =
      "/HyperParameterTuningJobConfig/HyperParameterTuningJobObjective/MetricName";
  private static final Pattern DEFINITION_OBJECTIVE_METRIC =
      Pattern.compile("/TrainingJobDefinitions?(/\\d+)?/TuningObjective/MetricName");

  private final InstanceCatalog instances;

  ValueCompletions(InstanceCatalog instances) {
    this.instances = instances;
  }

  List<CompletionItem> of(CompletionRequest request, Shape shape, String pointer) {
    List<CompletionItem> items = new ArrayList<>();
    if (shape == null) {
      return items;
    }
    if (pointer.equals(JOB_OBJECTIVE_METRIC)
        || DEFINITION_OBJECTIVE_METRIC.matcher(pointer).matches()) {
      items.addAll(metricNames(request));
    }
    if ("ParameterKey".equals(shape.name())) {
      items.addAll(hyperparameterNames(request));
    }
    int index = 0;
    for (String value : shape.enumValues()) {
      request.checkCanceled();
      CompletionItem item = new CompletionItem(value);
      item.setKind(CompletionItemKind.EnumMember);
      item.setDetail(
          instances.get(value).map(InstanceCatalog.InstanceType::summary).orElse(shape.name()));
      item.setSortText(String.format("%04d", index++));
      CompletionEdits.replaceToken(
          request, item, CompletionEdits.stringLiteral(request, value), value, false);
      items.add(item);
    }
    if ("boolean".equals(shape.type())) {
      for (String value : List.of("true", "false")) {
        CompletionItem item = new CompletionItem(value);
        item.setKind(CompletionItemKind.Value);
        CompletionEdits.replaceToken(request, item, value, value, false);
        items.add(item);
      }
    }
    return items;
  }

  private List<CompletionItem> metricNames(CompletionRequest request) {
    Set<String> seen = new LinkedHashSet<>();
    List<CompletionItem> items = new ArrayList<>();
    for (DocumentFacts.Metric metric : request.facts().metrics()) {
      if (!seen.add(metric.name())) {
        continue;
      }
      CompletionItem item = new CompletionItem(metric.name());
      item.setKind(CompletionItemKind.Reference);
      item.setDetail(
          metric.definitionIndex() < 0
              ? "metric defined in TrainingJobDefinition"
              : "metric defined in TrainingJobDefinitions[" + metric.definitionIndex() + "]");
      item.setSortText("!" + metric.name());
      CompletionEdits.replaceToken(
          request,
          item,
          CompletionEdits.stringLiteral(request, metric.name()),
          metric.name(),
          false);
      items.add(item);
    }
    return items;
  }

  private List<CompletionItem> hyperparameterNames(CompletionRequest request) {
    List<CompletionItem> items = new ArrayList<>();
    String typed = request.cursor().prefix();
    for (DocumentFacts.Hyperparameter name : request.facts().hyperparameters()) {
      if (name.name().equals(typed)) {
        continue;
      }
      CompletionItem item = new CompletionItem(name.name());
      item.setKind(CompletionItemKind.Variable);
      item.setDetail("hyperparameter used in " + name.usedIn());
      item.setSortText("!" + name.name());
      CompletionEdits.replaceToken(
          request, item, CompletionEdits.stringLiteral(request, name.name()), name.name(), false);
      items.add(item);
    }
    return items;
  }
}
