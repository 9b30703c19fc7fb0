package dev.hpolint.lsp.completion;

import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.lsp.cursor.CursorContext;
import dev.hpolint.lsp.cursor.CursorLocator;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.lsp.model.InstanceCatalog;
import dev.hpolint.lsp.model.ShapeWords;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Shape;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code textDocument/completion}: what may be written at the cursor, worked out from the text
 * around it, so that a document in mid-edit that does not parse still gets completions. Member
 * names come from {@link NameCompletions}, values from {@link ValueCompletions}.
 */
public final class CompletionHandler {
  private final SchemaModel schema;
  private final NameCompletions names;
  private final ValueCompletions values;

  public CompletionHandler(SchemaModel schema, ShapeWords words, InstanceCatalog instances) {
    this.schema = schema;
    this.names = new NameCompletions(schema, words);
    this.values = new ValueCompletions(instances);
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
    CompletionRequest request = new CompletionRequest(snapshot, cursor, offset, snippets, cancel);
    Shape container = schema.shapeAt(cursor.containerPointer());
    List<CompletionItem> items =
        switch (cursor.slot()) {
          case MEMBER_NAME -> names.of(request, container);
          case MEMBER_VALUE ->
              values.of(
                  request,
                  container == null ? null : schema.child(container, cursor.key()),
                  cursor.valuePointer());
          case ITEM -> item(request, container);
        };
    return new CompletionList(false, items);
  }

  /** A new item of a list: a value, or in YAML ("- |") the first member of a new object. */
  private List<CompletionItem> item(CompletionRequest request, Shape list) {
    if (list == null || !list.isList()) {
      return List.of();
    }
    Shape item = schema.shape(list.itemShape());
    if (item != null && item.isStructure()) {
      // JSON would need an object literal first; YAML starts the object on the dash's line.
      return request.syntax() == Syntax.YAML ? names.of(request, item) : List.of();
    }
    return values.of(request, item, request.cursor().valuePointer());
  }
}
