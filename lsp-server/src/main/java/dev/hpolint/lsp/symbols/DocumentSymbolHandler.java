package dev.hpolint.lsp.symbols;

import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.lsp.model.DocumentFacts;
import dev.hpolint.source.Range;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.JsonPointer;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.StringNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/documentSymbol}: an outline of what a reader navigates a request by: the
 * tuning configuration with its objective and parameter ranges, and each training-job definition
 * with its ranges, input channels, metric definitions and static hyperparameters. A document that
 * does not parse has no outline until it does.
 */
public final class DocumentSymbolHandler {

  public List<Either<SymbolInformation, DocumentSymbol>> symbols(
      DocumentSnapshot snapshot, boolean hierarchical, CancelChecker cancel) {
    if (snapshot.parse().documents().isEmpty()) {
      return List.of();
    }
    List<DocumentSymbol> symbols = new ArrayList<>();
    for (var document : snapshot.parse().documents()) {
      if (document.root() instanceof ObjectNode root) {
        cancel.checkCanceled();
        symbols.addAll(outline(root));
      }
    }
    if (hierarchical) {
      return symbols.stream().map(Either::<SymbolInformation, DocumentSymbol>forRight).toList();
    }
    List<Either<SymbolInformation, DocumentSymbol>> flat = new ArrayList<>();
    flatten(snapshot.uri(), symbols, null, flat);
    return flat;
  }

  private List<DocumentSymbol> outline(ObjectNode root) {
    List<DocumentSymbol> symbols = new ArrayList<>();
    Member name = root.member("HyperParameterTuningJobName");
    if (name != null) {
      symbols.add(
          symbol(
              text(name.value(), "tuning job"),
              "HyperParameterTuningJobName",
              SymbolKind.File,
              name,
              List.of()));
    }
    Member config = root.member("HyperParameterTuningJobConfig");
    if (config != null && config.value() instanceof ObjectNode object) {
      List<DocumentSymbol> children = new ArrayList<>();
      objective(object.member("HyperParameterTuningJobObjective")).ifPresent(children::add);
      ranges(object.member("ParameterRanges")).ifPresent(children::add);
      children.addAll(plain(object, "ResourceLimits", SymbolKind.Struct));
      symbols.add(symbol(config.name(), strategy(object), SymbolKind.Namespace, config, children));
    }
    Member single = root.member("TrainingJobDefinition");
    if (single != null && single.value() instanceof ObjectNode definition) {
      symbols.add(definition(single, definition, "TrainingJobDefinition"));
    }
    Member list = root.member("TrainingJobDefinitions");
    if (list != null && list.value() instanceof ArrayNode definitions) {
      List<DocumentSymbol> children = new ArrayList<>();
      for (Node item : definitions.items()) {
        if (item instanceof ObjectNode definition) {
          children.add(definition(null, definition, "definition " + (item.indexInParent() + 1)));
        }
      }
      symbols.add(
          symbol(
              list.name(), definitions.size() + " definitions", SymbolKind.Array, list, children));
    }
    Member warmStart = root.member("WarmStartConfig");
    if (warmStart != null) {
      symbols.add(symbol(warmStart.name(), null, SymbolKind.Struct, warmStart, List.of()));
    }
    return symbols;
  }

  private static String strategy(ObjectNode config) {
    return config.get("Strategy") instanceof StringNode strategy ? strategy.value() : null;
  }

  private Optional<DocumentSymbol> objective(Member member) {
    if (member == null || !(member.value() instanceof ObjectNode objective)) {
      return Optional.empty();
    }
    String detail = text(objective.get("Type"), "?") + " " + text(objective.get("MetricName"), "?");
    return Optional.of(symbol("Objective", detail, SymbolKind.Event, member, List.of()));
  }

  private Optional<DocumentSymbol> ranges(Member member) {
    if (member == null || !(member.value() instanceof ObjectNode ranges)) {
      return Optional.empty();
    }
    List<DocumentSymbol> children = new ArrayList<>();
    for (String kind : DocumentFacts.RANGE_KINDS) {
      if (ranges.get(kind) instanceof ArrayNode list) {
        for (Node item : list.items()) {
          if (item instanceof ObjectNode range) {
            children.add(range(kind, range));
          }
        }
      }
    }
    return Optional.of(
        symbol(member.name(), children.size() + " ranges", SymbolKind.Namespace, member, children));
  }

  private DocumentSymbol range(String kind, ObjectNode range) {
    String name = text(range.get("Name"), "(unnamed)");
    String detail =
        switch (kind) {
          case "IntegerParameterRanges", "ContinuousParameterRanges" ->
              kind.replace("ParameterRanges", "").toLowerCase(Locale.ROOT)
                  + " "
                  + text(range.get("MinValue"), "?")
                  + " to "
                  + text(range.get("MaxValue"), "?")
                  + (range.get("ScalingType") instanceof StringNode scaling
                      ? " (" + scaling.value() + ")"
                      : "");
          case "CategoricalParameterRanges" -> "categorical " + values(range.get("Values"));
          default -> "auto, hint " + text(range.get("ValueHint"), "?");
        };
    Node nameNode = range.get("Name");
    return symbol(
        name,
        detail,
        SymbolKind.Variable,
        range.range(),
        nameNode == null ? range.range() : nameNode.range(),
        List.of());
  }

  private DocumentSymbol definition(Member member, ObjectNode definition, String fallbackName) {
    List<DocumentSymbol> children = new ArrayList<>();
    ranges(definition.member("HyperParameterRanges")).ifPresent(children::add);
    if (definition.get("InputDataConfig") instanceof ArrayNode channels) {
      List<DocumentSymbol> channelSymbols = new ArrayList<>();
      for (ObjectNode channel : objects(channels)) {
        channelSymbols.add(
            namedItem(
                channel, "ChannelName", "(unnamed channel)", s3Uri(channel), SymbolKind.Interface));
      }
      children.add(list(definition.member("InputDataConfig"), "channels", channelSymbols));
    }
    if (definition.get("AlgorithmSpecification") instanceof ObjectNode algorithm
        && algorithm.get("MetricDefinitions") instanceof ArrayNode metrics) {
      List<DocumentSymbol> metricSymbols = new ArrayList<>();
      for (ObjectNode metric : objects(metrics)) {
        metricSymbols.add(
            namedItem(
                metric,
                "Name",
                "(unnamed metric)",
                text(metric.get("Regex"), null),
                SymbolKind.Event));
      }
      children.add(list(algorithm.member("MetricDefinitions"), "metrics", metricSymbols));
    }
    if (definition.get("StaticHyperParameters") instanceof ObjectNode statics) {
      List<DocumentSymbol> values = new ArrayList<>();
      for (Member value : statics.members()) {
        values.add(
            symbol(value.name(), text(value.value(), null), SymbolKind.Constant, value, List.of()));
      }
      Member staticMember = definition.member("StaticHyperParameters");
      children.add(
          symbol(
              staticMember.name(),
              values.size() + " values",
              SymbolKind.Struct,
              staticMember,
              values));
    }
    String name = text(definition.get("DefinitionName"), fallbackName);
    if (member != null) {
      return symbol(
          member.name(),
          name.equals(fallbackName) ? null : name,
          SymbolKind.Class,
          member,
          children);
    }
    Node nameNode = definition.get("DefinitionName");
    return symbol(
        name,
        null,
        SymbolKind.Class,
        definition.range(),
        nameNode == null ? definition.range() : nameNode.range(),
        children);
  }

  /** A list item named by one of its members, selected at that name when it has one. */
  private DocumentSymbol namedItem(
      ObjectNode item, String nameMember, String unnamed, String detail, SymbolKind kind) {
    Node nameNode = item.get(nameMember);
    return symbol(
        text(nameNode, unnamed),
        detail,
        kind,
        item.range(),
        nameNode == null ? item.range() : nameNode.range(),
        List.of());
  }

  /** A list member with its items as children, counted in the detail ("2 channels"). */
  private DocumentSymbol list(Member member, String unit, List<DocumentSymbol> items) {
    return symbol(member.name(), items.size() + " " + unit, SymbolKind.Array, member, items);
  }

  private static List<ObjectNode> objects(ArrayNode list) {
    List<ObjectNode> objects = new ArrayList<>();
    for (Node item : list.items()) {
      if (item instanceof ObjectNode object) {
        objects.add(object);
      }
    }
    return objects;
  }

  private List<DocumentSymbol> plain(ObjectNode object, String name, SymbolKind kind) {
    Member member = object.member(name);
    return member == null ? List.of() : List.of(symbol(name, null, kind, member, List.of()));
  }

  private static String s3Uri(ObjectNode channel) {
    Node uri = JsonPointer.resolve(channel, "/DataSource/S3DataSource/S3Uri");
    return uri instanceof StringNode string ? string.value() : null;
  }

  private static String values(Node node) {
    if (!(node instanceof ArrayNode list)) {
      return "";
    }
    List<String> texts = new ArrayList<>();
    for (Node item : list.items()) {
      texts.add(text(item, "?"));
      if (texts.size() == 5 && list.size() > 5) {
        texts.add("...");
        break;
      }
    }
    return String.join(", ", texts);
  }

  /** A scalar as text, or the fallback for anything else (or nothing). */
  private static String text(Node node, String fallback) {
    if (node instanceof StringNode string && !string.value().isBlank()) {
      return string.value();
    }
    if (node instanceof NumberNode number) {
      return number.raw();
    }
    return fallback;
  }

  private static DocumentSymbol symbol(
      String name, String detail, SymbolKind kind, Member member, List<DocumentSymbol> children) {
    return symbol(name, detail, kind, member.range(), member.key().range(), children);
  }

  private static DocumentSymbol symbol(
      String name,
      String detail,
      SymbolKind kind,
      Range range,
      Range selection,
      List<DocumentSymbol> children) {
    // The protocol wants a non-empty name, and a selection inside the range.
    String shown = name == null || name.isBlank() ? "(unnamed)" : name;
    Range whole = range.union(selection);
    DocumentSymbol symbol =
        new DocumentSymbol(
            shown, kind, LspAdapter.range(whole), LspAdapter.range(selection), detail);
    symbol.setChildren(children);
    return symbol;
  }

  private static void flatten(
      String uri,
      List<DocumentSymbol> symbols,
      String container,
      List<Either<SymbolInformation, DocumentSymbol>> out) {
    for (DocumentSymbol symbol : symbols) {
      SymbolInformation information =
          new SymbolInformation(
              symbol.getName(), symbol.getKind(), new Location(uri, symbol.getRange()), container);
      out.add(Either.forLeft(information));
      if (symbol.getChildren() != null) {
        flatten(uri, symbol.getChildren(), symbol.getName(), out);
      }
    }
  }
}
