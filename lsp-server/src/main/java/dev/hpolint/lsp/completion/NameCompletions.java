package dev.hpolint.lsp.completion;

import dev.hpolint.fix.ScalarWriter;
import dev.hpolint.lsp.cursor.CursorContext;
import dev.hpolint.lsp.model.DocumentFacts;
import dev.hpolint.lsp.model.MemberDoc;
import dev.hpolint.lsp.model.ShapeWords;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Shape;
import dev.hpolint.source.Syntax;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Member names valid in the object at the cursor: the schema's members, required ones first, those
 * already present left out, each inserted with a skeleton of its required children; and for the
 * free-form static hyperparameters, the names the document tunes.
 */
final class NameCompletions {
  private final SchemaModel schema;
  private final ShapeWords words;

  NameCompletions(SchemaModel schema, ShapeWords words) {
    this.schema = schema;
    this.words = words;
  }

  List<CompletionItem> of(CompletionRequest request, Shape container) {
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
    String indent = CompletionEdits.indentAt(request);
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
      CompletionEdits.replaceToken(
          request, item, insert, property.name(), request.snippets() && insert.contains("$"));
      items.add(item);
    }
    return items;
  }

  /** Free-form names of a map: for static hyperparameters, those tuned in a range. */
  private List<CompletionItem> mapKeys(CompletionRequest request, Shape map) {
    if (!"HyperParameters".equals(map.name())) {
      return List.of();
    }
    CursorContext cursor = request.cursor();
    List<CompletionItem> items = new ArrayList<>();
    for (DocumentFacts.Hyperparameter name : request.facts().hyperparameters()) {
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
      CompletionEdits.replaceToken(
          request, item, cursor.hasColon() ? key : key + ": ", name.name(), false);
      items.add(item);
    }
    return items;
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
