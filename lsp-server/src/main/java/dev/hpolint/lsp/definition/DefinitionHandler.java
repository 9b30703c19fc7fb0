package dev.hpolint.lsp.definition;

import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.lsp.cursor.TreeLocator;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.lsp.model.DocumentFacts;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.StringNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;

/**
 * {@code textDocument/definition}: from an objective's {@code MetricName} to the {@code
 * MetricDefinitions} entry that defines the metric. The tuning job's objective may use the metrics
 * of any definition; a definition's own {@code TuningObjective} uses those of that definition.
 */
public final class DefinitionHandler {
  private static final String JOB_OBJECTIVE =
      "/HyperParameterTuningJobConfig/HyperParameterTuningJobObjective/MetricName";
  private static final String SINGLE_OBJECTIVE =
      "/TrainingJobDefinition/TuningObjective/MetricName";
  private static final Pattern LISTED_OBJECTIVE =
      Pattern.compile("/TrainingJobDefinitions/(\\d{1,6})/TuningObjective/MetricName");
  private static final int ANY_DEFINITION = Integer.MIN_VALUE;

  public List<Location> definition(DocumentSnapshot snapshot, Position position) {
    int offset = LspAdapter.offset(snapshot.source(), position);
    Optional<Node> root = snapshot.rootAt(offset);
    if (root.isEmpty()) {
      return List.of();
    }
    Optional<TreeLocator.Hit> hit = TreeLocator.at(root.get(), offset);
    if (hit.isEmpty() || hit.get().onKey() || !(hit.get().node() instanceof StringNode name)) {
      return List.of();
    }
    int definition = definitionOf(hit.get().pointer());
    if (definition == -2) {
      return List.of();
    }
    return new DocumentFacts(List.of(root.get()))
        .metrics().stream()
            .filter(metric -> metric.name().equals(name.value()))
            .filter(
                metric -> definition == ANY_DEFINITION || metric.definitionIndex() == definition)
            .map(
                metric -> new Location(snapshot.uri(), LspAdapter.range(metric.nameNode().range())))
            .toList();
  }

  /**
   * Whose metrics an objective may name: any definition's, one definition's (-1 for the single
   * TrainingJobDefinition), or -2 when the pointer is not an objective's metric name.
   */
  private static int definitionOf(String pointer) {
    if (pointer.equals(JOB_OBJECTIVE)) {
      return ANY_DEFINITION;
    }
    if (pointer.equals(SINGLE_OBJECTIVE)) {
      return -1;
    }
    Matcher listed = LISTED_OBJECTIVE.matcher(pointer);
    return listed.matches() ? Integer.parseInt(listed.group(1)) : -2;
  }
}
