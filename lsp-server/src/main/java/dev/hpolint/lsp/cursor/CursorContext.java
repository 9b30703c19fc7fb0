package dev.hpolint.lsp.cursor;

import dev.hpolint.tree.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the cursor stands in a document, worked out from the text alone so that it holds in a
 * half-typed document that does not parse.
 *
 * @param path the reference tokens of the object or list that holds the cursor
 * @param slot what is being written there
 * @param key for {@link Slot#MEMBER_VALUE}, the member whose value is written; for {@link
 *     Slot#MEMBER_NAME}, the whole name under the cursor (empty on a blank spot)
 * @param prefix what has been typed of the current token before the cursor, without its quote
 * @param tokenStart where the current token starts (at its opening quote, if any)
 * @param tokenEnd where the current token ends (after its closing quote, if any); a completion
 *     replaces {@code tokenStart..tokenEnd}
 * @param quote the quote the token opened with, or 0
 * @param hasColon for a name: a colon already follows it, so only the name is to be written
 * @param siblings for a name: the member names already present in the object
 * @param missingCommaAt JSON only: where a comma is missing before the cursor, or -1
 * @param memberFollows JSON only: another member follows, so an inserted one needs a comma
 */
public record CursorContext(
    List<String> path,
    Slot slot,
    String key,
    String prefix,
    int tokenStart,
    int tokenEnd,
    char quote,
    boolean hasColon,
    Set<String> siblings,
    int missingCommaAt,
    boolean memberFollows) {

  /** What the cursor is writing. */
  public enum Slot {
    /** The name of a member of the object at the path. */
    MEMBER_NAME,
    /** The value of the member {@code key} of the object at the path. */
    MEMBER_VALUE,
    /** A new item of the list at the path. */
    ITEM
  }

  public CursorContext {
    path = List.copyOf(path);
    siblings = Set.copyOf(siblings);
  }

  /** The JSON Pointer of the object or list that holds the cursor. */
  public String containerPointer() {
    String pointer = "";
    for (String token : path) {
      pointer = JsonPointer.child(pointer, token);
    }
    return pointer;
  }

  /** The JSON Pointer of the value being written (for a name: the member it names). */
  public String valuePointer() {
    return switch (slot) {
      case MEMBER_NAME, MEMBER_VALUE -> JsonPointer.child(containerPointer(), key);
      case ITEM -> JsonPointer.child(containerPointer(), 0);
    };
  }

  /** The path of the value being written. */
  public List<String> valuePath() {
    List<String> tokens = new ArrayList<>(path);
    tokens.add(slot == Slot.ITEM ? "0" : key);
    return tokens;
  }
}
