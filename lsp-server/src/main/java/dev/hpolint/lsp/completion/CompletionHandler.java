package dev.hpolint.lsp.completion;

import dev.hpolint.fix.ScalarWriter;
import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.lsp.cursor.CursorContext;
import dev.hpolint.lsp.cursor.CursorLocator;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.lsp.model.DocumentFacts;
import dev.hpolint.lsp.model.InstanceCatalog;
import dev.hpolint.lsp.model.MemberDoc;
import dev.hpolint.lsp.model.ShapeWords;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Shape;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ParseLimits;
import dev.hpolint.tree.ParseResult;
import dev.hpolint.tree.ParsedDocument;
import dev.hpolint.tree.YamlReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/completion}: what may be written at the cursor. Member names come from the
 * schema (required first, those already present left out); values from the schema's allowed values,
 * the instance catalog, and the document itself (hyperparameter names used elsewhere, metric names
 * for an objective). Works from the text around the cursor, so a document in mid-edit that does not
 * parse still gets completions.
 */
public final class CompletionHandler {
  private static final String OBJECTIVE_METRIC =
      "/HyperParameterTuningJobConfig/HyperParameterTuningJobObjective/MetricName";

  private final SchemaModel schema;
  private final ShapeWords words;
  private final InstanceCatalog instances;

  public CompletionHandler(SchemaModel schema, ShapeWords words, InstanceCatalog instances) {
    this.schema = schema;
    this.words = words;
    this.instances = instances;
  }

  public CompletionList complete(
      DocumentSnapshot snapshot, Position position, boolean snippets, CancelChecker cancel) {
    SourceText source = snapshot.source();
    int offset = LspAdapter.offset(source, position);
    CursorContext cursor = CursorLocator.locate(source, offset).orElse(null);
    if (cursor == null) {
      return new CompletionList(false, List.of());
    }
    cancel.checkCanceled();
    Request request = new Request(snapshot, cursor, offset, snippets, cancel);
    List<CompletionItem> items =
        switch (cursor.slot()) {
          case MEMBER_NAME -> names(request, schema.shapeAt(cursor.containerPointer()));
          case MEMBER_VALUE -> values(request, memberShape(cursor), cursor.valuePointer());
          case ITEM -> item(request);
        };
    return new CompletionList(false, items);
  }

  /** Everything one completion needs to know about where it is asked. */
  private record Request(
      DocumentSnapshot snapshot,
      CursorContext cursor,
      int offset,
      boolean snippets,
      CancelChecker cancel) {

    SourceText source() {
      return snapshot.source();
    }

    Syntax syntax() {
      return snapshot.syntax();
    }
  }

  private Shape memberShape(CursorContext cursor) {
    Shape container = schema.shapeAt(cursor.containerPointer());
    return container == null ? null : schema.child(container, cursor.key());
  }

  private List<CompletionItem> item(Request request) {
    Shape list = schema.shapeAt(request.cursor().containerPointer());
    if (list == null || !list.isList()) {
      return List.of();
    }
    Shape item = schema.shape(list.itemShape());
    if (item != null && item.isStructure()) {
      // "- |" in YAML: the first member of a new item. JSON needs an object literal first.
      return request.syntax() == Syntax.YAML ? names(request, item) : List.of();
    }
    return values(request, item, request.cursor().valuePointer());
  }

  // ---- member names

  private List<CompletionItem> names(Request request, Shape container) {
    if (container == null) {
      return List.of();
    }
    if (container.isMap()) {
      return mapKeys(request, container);
    }
    if (!container.isStructure()) {
      return List.of(); // a list or a scalar has no member names
    }
    CursorContext cursor = request.cursor();
    String indent = indentAt(request);
    Skeletons skeletons =
        new Skeletons(
            schema,
            request.syntax(),
            Skeletons.indentUnit(request.source().text()),
            request.snippets());
    List<CompletionItem> items = new ArrayList<>();
    int index = 0;
    for (Shape.Property property : container.properties().values()) {
      index++;
      if (cursor.siblings().contains(property.name())) {
        continue;
      }
      Shape shape = schema.shape(property.shape());
      CompletionItem item = new CompletionItem(property.name());
      item.setKind(
          shape != null && (shape.isStructure() || shape.isMap())
              ? CompletionItemKind.Module
              : CompletionItemKind.Property);
      item.setDetail((property.required() ? "required · " : "") + words.type(shape));
      item.setDocumentation(documentation(property.description(), shape));
      item.setSortText((property.required() ? "0" : "1") + String.format("%03d", index));
      String insert =
          cursor.hasColon()
              ? skeletons.name(property.name())
              : skeletons.member(property.name(), shape, indent)
                  + (cursor.memberFollows() ? "," : "");
      edit(request, item, insert, property.name(), insert.contains("$") && request.snippets());
      items.add(item);
    }
    return items;
  }

  /** Free-form names of a map: for static hyperparameters, those tuned in a range. */
  private List<CompletionItem> mapKeys(Request request, Shape map) {
    if (!"HyperParameters".equals(map.name())) {
      return List.of();
    }
    CursorContext cursor = request.cursor();
    List<CompletionItem> items = new ArrayList<>();
    for (DocumentFacts.Hyperparameter name : facts(request).hyperparameters()) {
      if (cursor.siblings().contains(name.name()) || name.name().equals(cursor.key())) {
        continue;
      }
      CompletionItem item = new CompletionItem(name.name());
      item.setKind(CompletionItemKind.Variable);
      item.setDetail("hyperparameter used in " + name.usedIn());
      String key =
          request.syntax() == Syntax.JSON
              ? ScalarWriter.doubleQuoted(name.name())
              : ScalarWriter.string(name.name(), Syntax.YAML, null);
      String insert = cursor.hasColon() ? key : key + ": ";
      edit(request, item, insert, name.name(), false);
      items.add(item);
    }
    return items;
  }

  // ---- values

  private List<CompletionItem> values(Request request, Shape shape, String pointer) {
    List<CompletionItem> items = new ArrayList<>();
    if (shape == null) {
      return items;
    }
    if (isObjectiveMetric(pointer)) {
      items.addAll(metricNames(request, pointer));
    }
    if ("ParameterKey".equals(shape.name())) {
      items.addAll(hyperparameterNames(request));
    }
    int index = 0;
    for (String value : shape.enumValues()) {
      request.cancel().checkCanceled();
      CompletionItem item = new CompletionItem(value);
      item.setKind(CompletionItemKind.EnumMember);
      instances
          .get(value)
          .ifPresentOrElse(
              type -> item.setDetail(type.summary()), () -> item.setDetail(shape.name()));
      item.setSortText(String.format("%04d", index++));
      edit(request, item, stringLiteral(request, value), value, false);
      items.add(item);
    }
    if ("boolean".equals(shape.type())) {
      for (String value : List.of("true", "false")) {
        CompletionItem item = new CompletionItem(value);
        item.setKind(CompletionItemKind.Value);
        edit(request, item, value, value, false);
        items.add(item);
      }
    }
    return items;
  }

  private static boolean isObjectiveMetric(String pointer) {
    return pointer.equals(OBJECTIVE_METRIC)
        || pointer.matches("/TrainingJobDefinitions/\\d+/TuningObjective/MetricName");
  }

  private List<CompletionItem> metricNames(Request request, String pointer) {
    Set<String> seen = new LinkedHashSet<>();
    List<CompletionItem> items = new ArrayList<>();
    for (DocumentFacts.Metric metric : facts(request).metrics()) {
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
      edit(request, item, stringLiteral(request, metric.name()), metric.name(), false);
      items.add(item);
    }
    return items;
  }

  private List<CompletionItem> hyperparameterNames(Request request) {
    List<CompletionItem> items = new ArrayList<>();
    String typed = request.cursor().prefix();
    for (DocumentFacts.Hyperparameter name : facts(request).hyperparameters()) {
      CompletionItem item = new CompletionItem(name.name());
      item.setKind(CompletionItemKind.Variable);
      item.setDetail("hyperparameter used in " + name.usedIn());
      item.setSortText("!" + name.name());
      if (name.name().equals(typed)) {
        continue;
      }
      edit(request, item, stringLiteral(request, name.name()), name.name(), false);
      items.add(item);
    }
    return items;
  }

  /**
   * The names the document defines, from the current text if it parses, else from the text with the
   * cursor's line left out (YAML), else from the last version that parsed.
   */
  private DocumentFacts facts(Request request) {
    DocumentSnapshot snapshot = request.snapshot();
    if (snapshot.parsedCleanly()) {
      return new DocumentFacts(snapshot.lastCleanRoots());
    }
    if (snapshot.syntax() == Syntax.YAML) {
      SourceText source = snapshot.source();
      int line = source.position(request.offset()).line();
      int start = source.lines().lineStart(line);
      int end = source.lines().lineEnd(line, source.text());
      String repaired = source.text().substring(0, start) + source.text().substring(end);
      ParseResult parsed =
          new YamlReader(ParseLimits.DEFAULT)
              .read(new SourceText(source.name(), repaired, Syntax.YAML));
      if (parsed.problems().isEmpty()) {
        List<Node> roots = new ArrayList<>();
        for (ParsedDocument document : parsed.documents()) {
          if (document.root() != null) {
            roots.add(document.root());
          }
        }
        return new DocumentFacts(roots);
      }
    }
    return new DocumentFacts(snapshot.lastCleanRoots());
  }

  // ---- text edits

  /** A string value as the notation writes it, keeping the quote the user opened. */
  private static String stringLiteral(Request request, String value) {
    char quote = request.cursor().quote();
    if (request.syntax() == Syntax.JSON || quote == '"') {
      return ScalarWriter.doubleQuoted(value);
    }
    if (quote == '\'') {
      return "'" + value.replace("'", "''") + "'";
    }
    return ScalarWriter.string(value, Syntax.YAML, null);
  }

  /**
   * Sets the edit that replaces the token under the cursor. Clients filter items by the text from
   * the start of that range to the cursor, which includes any opening quote, so the filter text
   * starts with the same quote.
   */
  private static void edit(
      Request request, CompletionItem item, String insert, String label, boolean snippet) {
    CursorContext cursor = request.cursor();
    SourceText source = request.source();
    int start = cursor.tokenStart();
    int end = Math.max(cursor.tokenEnd(), request.offset());
    // An edit's range must stay on the cursor's line.
    int line = source.position(request.offset()).line();
    int lineEnd = source.lines().lineEnd(line, source.text());
    end = Math.min(end, lineEnd);
    start = Math.max(start, source.lines().lineStart(line));
    String text = insert;
    if (request.syntax() == Syntax.YAML && start > 0) {
      char before = source.text().charAt(start - 1);
      if (before == ':' || before == '-') {
        text = " " + text; // "Name:|" or "-|": YAML needs the space
      }
    }
    item.setTextEdit(
        Either.forLeft(new TextEdit(LspAdapter.range(source.range(start, end)), text)));
    item.setFilterText(cursor.quote() == 0 ? label : cursor.quote() + label);
    item.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
    // Indentation of multi-line inserts is computed here, so the client must not add its own.
    item.setInsertTextMode(InsertTextMode.AsIs);
    if (cursor.missingCommaAt() >= 0) {
      item.setAdditionalTextEdits(
          List.of(
              new TextEdit(
                  LspAdapter.range(source.range(cursor.missingCommaAt(), cursor.missingCommaAt())),
                  ",")));
    }
  }

  /** The indentation new lines of a member's value are written relative to. */
  private static String indentAt(Request request) {
    SourceText source = request.source();
    int tokenStart = request.cursor().tokenStart();
    int lineStart = source.lines().lineStart(source.position(tokenStart).line());
    if (request.syntax() == Syntax.YAML) {
      // The member's own column: under "- Name:", children line up with Name, not the dash.
      return " ".repeat(Math.max(0, tokenStart - lineStart));
    }
    String line = source.text().substring(lineStart, Math.max(lineStart, tokenStart));
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
      i++;
    }
    return line.substring(0, i);
  }

  private MarkupContent documentation(String description, Shape shape) {
    MemberDoc doc = MemberDoc.of(description);
    StringBuilder text = new StringBuilder(doc.text());
    for (String constraint : words.constraints(shape)) {
      text.append("\n\n").append(constraint);
    }
    if (doc.link() != null) {
      text.append("\n\n[AWS API reference](").append(doc.link()).append(')');
    }
    return new MarkupContent(MarkupKind.MARKDOWN, text.toString());
  }
}
