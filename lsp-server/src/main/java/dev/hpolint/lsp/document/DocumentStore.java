package dev.hpolint.lsp.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents, each as its latest snapshot only: an edit replaces the snapshot, so memory
 * follows the size of the open documents, never the number of edits made to them.
 *
 * <p>Updates and the "is this still the latest version?" check of a publication share one lock (see
 * {@link #ifCurrent}), so a finding computed for an older version can never be published after a
 * newer version has arrived.
 */
public final class DocumentStore {
  private final Map<String, DocumentSnapshot> documents = new ConcurrentHashMap<>();

  public synchronized DocumentSnapshot open(
      String uri, int version, String languageId, String text) {
    DocumentSnapshot snapshot = new DocumentSnapshot(uri, version, languageId, text);
    documents.put(uri, snapshot);
    return snapshot;
  }

  /** Applies incremental or full changes; empty when the document is not open. */
  public synchronized Optional<DocumentSnapshot> change(
      String uri, int version, List<TextDocumentContentChangeEvent> changes) {
    DocumentSnapshot current = documents.get(uri);
    if (current == null) {
      return Optional.empty();
    }
    String text = TextChanges.apply(current.text(), changes);
    DocumentSnapshot next =
        new DocumentSnapshot(uri, version, current.languageId(), text, current.cleanRootsIfKnown());
    documents.put(uri, next);
    return Optional.of(next);
  }

  public synchronized boolean close(String uri) {
    return documents.remove(uri) != null;
  }

  public Optional<DocumentSnapshot> get(String uri) {
    return uri == null ? Optional.empty() : Optional.ofNullable(documents.get(uri));
  }

  public Collection<DocumentSnapshot> all() {
    return List.copyOf(documents.values());
  }

  public int size() {
    return documents.size();
  }

  /**
   * Runs an action only if the snapshot is still the document's latest version, with no edit able
   * to slip in between the check and the action.
   */
  public synchronized boolean ifCurrent(
      DocumentSnapshot snapshot, Consumer<DocumentSnapshot> action) {
    if (documents.get(snapshot.uri()) != snapshot) {
      return false;
    }
    action.accept(snapshot);
    return true;
  }
}
