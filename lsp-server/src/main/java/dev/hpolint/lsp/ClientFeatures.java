package dev.hpolint.lsp;

import java.util.Optional;
import org.eclipse.lsp4j.ClientCapabilities;

/** What the connected editor supports, read once from its {@code initialize} request. */
public record ClientFeatures(
    boolean snippets, boolean versionedEdits, boolean hierarchicalSymbols) {
  public static final ClientFeatures NONE = new ClientFeatures(false, false, false);

  public static ClientFeatures of(ClientCapabilities capabilities) {
    if (capabilities == null) {
      return NONE;
    }
    var text = Optional.ofNullable(capabilities.getTextDocument());
    boolean snippets =
        text.map(t -> t.getCompletion())
            .map(c -> c.getCompletionItem())
            .map(i -> Boolean.TRUE.equals(i.getSnippetSupport()))
            .orElse(false);
    boolean hierarchical =
        text.map(t -> t.getDocumentSymbol())
            .map(s -> Boolean.TRUE.equals(s.getHierarchicalDocumentSymbolSupport()))
            .orElse(false);
    boolean versioned =
        Optional.ofNullable(capabilities.getWorkspace())
            .map(w -> w.getWorkspaceEdit())
            .map(e -> Boolean.TRUE.equals(e.getDocumentChanges()))
            .orElse(false);
    return new ClientFeatures(snippets, versioned, hierarchical);
  }
}
