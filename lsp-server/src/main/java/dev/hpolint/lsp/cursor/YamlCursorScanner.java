package dev.hpolint.lsp.cursor;

import dev.hpolint.lsp.cursor.CursorContext.Slot;
import dev.hpolint.source.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the path at the cursor in block YAML that may be half typed, from indentation alone: the
 * object that holds the cursor is the one whose members start at the cursor's column, and its
 * parent is the nearest line above that is less indented. Lines that do not parse (the one being
 * typed, say) do not matter, which is what lets completion work in a document that is invalid.
 */
final class YamlCursorScanner {
  private final SourceText source;
  private final int cursor;

  YamlCursorScanner(SourceText source, int cursor) {
    this.source = source;
    this.cursor = Math.max(0, Math.min(cursor, source.text().length()));
  }

  Optional<CursorContext> scan() {
    int lineNo = source.position(cursor).line();
    int lineStart = source.lines().lineStart(lineNo);
    String line = source.lineText(lineNo);
    int col = Math.min(cursor - lineStart, line.length());

    int c = 0;
    while (c < col && line.charAt(c) == ' ') {
      c++;
    }
    if (c < col && line.charAt(c) == '#') {
      return Optional.empty();
    }
    List<Integer> dashes = new ArrayList<>();
    while (c < col
        && line.charAt(c) == '-'
        && (c + 1 == line.length() || line.charAt(c + 1) == ' ')) {
      dashes.add(c);
      c++;
      while (c < col && line.charAt(c) == ' ') {
        c++;
      }
    }
    int contentCol = c;
    int colon = YamlLine.mappingColon(line, contentCol, col);
    if (colon >= 0) {
      return memberValue(line, lineStart, lineNo, col, dashes, contentCol, colon);
    }
    boolean colonAfter = YamlLine.mappingColon(line, contentCol, line.length()) >= 0;
    Token token = nameToken(line, lineStart, col, contentCol);
    if (!dashes.isEmpty() && !colonAfter) {
      // "- |": a new list item, either a scalar or the first member of an object.
      Walk walk = walkUp(lineNo, new State(true, dashes.get(dashes.size() - 1)), false);
      List<String> path = walk.path();
      if (!path.isEmpty()) {
        path.remove(path.size() - 1);
      }
      return Optional.of(
          new CursorContext(
              path,
              Slot.ITEM,
              "",
              token.prefix,
              token.start,
              token.end,
              token.quote,
              false,
              Set.of(),
              -1,
              false));
    }
    State start =
        dashes.isEmpty()
            ? new State(false, contentCol)
            : new State(true, dashes.get(dashes.size() - 1));
    Walk walk = walkUp(lineNo, start, dashes.isEmpty());
    Set<String> siblings = new LinkedHashSet<>(walk.siblings);
    siblings.addAll(siblingsBelow(lineNo, contentCol));
    String whole = wholeName(line, contentCol, token.end - lineStart);
    return Optional.of(
        new CursorContext(
            walk.path(),
            Slot.MEMBER_NAME,
            whole,
            token.prefix,
            token.start,
            token.end,
            token.quote,
            colonAfter,
            siblings,
            -1,
            false));
  }

  private Optional<CursorContext> memberValue(
      String line,
      int lineStart,
      int lineNo,
      int col,
      List<Integer> dashes,
      int contentCol,
      int colon) {
    String key = YamlLine.unquote(line.substring(contentCol, colon).trim());
    int valueStart = colon + 1;
    while (valueStart < col && line.charAt(valueStart) == ' ') {
      valueStart++;
    }
    State start =
        dashes.isEmpty()
            ? new State(false, contentCol)
            : new State(true, dashes.get(dashes.size() - 1));
    char first = valueStart < line.length() ? line.charAt(valueStart) : 0;
    if (valueStart < col && first == '[') {
      return flowItem(line, lineStart, lineNo, col, start, key, valueStart);
    }
    if (valueStart < col && "{|>&*!".indexOf(first) >= 0) {
      return Optional.empty();
    }
    char quote = valueStart < col && (first == '"' || first == '\'') ? first : 0;
    String prefix = line.substring(Math.min(col, valueStart + (quote == 0 ? 0 : 1)), col);
    int end = valueEnd(line, col, quote);
    Walk walk = walkUp(lineNo, start, false);
    return Optional.of(
        new CursorContext(
            walk.path(),
            Slot.MEMBER_VALUE,
            key,
            prefix,
            lineStart + valueStart,
            lineStart + end,
            quote,
            false,
            Set.of(),
            -1,
            false));
  }

  /** {@code Name: [a, b|]}: an item of a list written on one line. */
  private Optional<CursorContext> flowItem(
      String line, int lineStart, int lineNo, int col, State start, String key, int open) {
    int itemStart = Math.max(line.lastIndexOf(',', col - 1), line.lastIndexOf('[', col - 1)) + 1;
    if (itemStart <= open) {
      itemStart = open + 1;
    }
    while (itemStart < col && line.charAt(itemStart) == ' ') {
      itemStart++;
    }
    char first = itemStart < col ? line.charAt(itemStart) : 0;
    char quote = first == '"' || first == '\'' ? first : 0;
    int end = col;
    while (end < line.length() && ",]# ".indexOf(line.charAt(end)) < 0) {
      end++;
    }
    String prefix = line.substring(Math.min(col, itemStart + (quote == 0 ? 0 : 1)), col);
    List<String> path = walkUp(lineNo, start, false).path();
    path.add(key);
    return Optional.of(
        new CursorContext(
            path,
            Slot.ITEM,
            "",
            prefix,
            lineStart + itemStart,
            lineStart + end,
            quote,
            false,
            Set.of(),
            -1,
            false));
  }

  private record Token(String prefix, int start, int end, char quote) {}

  /** The name being typed: from the content column to the cursor, and on to its colon. */
  private Token nameToken(String line, int lineStart, int col, int contentCol) {
    char first = contentCol < col ? line.charAt(contentCol) : 0;
    char quote = first == '"' || first == '\'' ? first : 0;
    int end = col;
    while (end < line.length()) {
      char c = line.charAt(end);
      if (c == ' ' || c == '\t' || c == '#') {
        break;
      }
      if (c == ':' && (end + 1 == line.length() || line.charAt(end + 1) == ' ')) {
        break;
      }
      end++;
    }
    String prefix = line.substring(Math.min(col, contentCol + (quote == 0 ? 0 : 1)), col);
    return new Token(prefix, lineStart + contentCol, lineStart + end, quote);
  }

  /** The whole name under the cursor, for hover: up to its colon, or to the end of the token. */
  private static String wholeName(String line, int contentCol, int endCol) {
    int colon = YamlLine.mappingColon(line, contentCol, line.length());
    int end = colon >= 0 ? colon : Math.max(contentCol, Math.min(line.length(), endCol));
    return YamlLine.unquote(line.substring(contentCol, end).trim());
  }

  /** Where a value ends on its line: before a trailing comment and trailing spaces. */
  private static int valueEnd(String line, int col, char quote) {
    int end = line.length();
    if (quote != 0) {
      int close = line.indexOf(quote, col);
      return close < 0 ? end : close + 1;
    }
    int comment = line.indexOf(" #", col);
    if (comment >= 0) {
      end = comment;
    }
    while (end > col && line.charAt(end - 1) == ' ') {
      end--;
    }
    return Math.max(end, col);
  }

  /** A place in the walk up: the members of a mapping at a column, or the items of a list. */
  private record State(boolean list, int column) {}

  private static final class Walk {
    final Deque<String> tokens = new ArrayDeque<>();
    final Set<String> siblings = new LinkedHashSet<>();

    List<String> path() {
      return new ArrayList<>(tokens);
    }
  }

  /**
   * Climbs from the cursor line to the top of the document, recording each object and list that
   * encloses the cursor. In a list, the items above are counted to give the cursor's index.
   */
  private Walk walkUp(int cursorLine, State start, boolean collectSiblings) {
    Walk walk = new Walk();
    boolean list = start.list();
    int column = start.column();
    int items = 0;
    boolean initial = collectSiblings;
    int lineNo = cursorLine - 1;
    YamlLine line = null;
    boolean again = false;
    while (true) {
      if (!again) {
        if (lineNo < 0) {
          break;
        }
        if (indentOf(lineNo) > column) {
          lineNo--; // deeper than anything the walk looks for: inside a sibling or an earlier item
          continue;
        }
        line = YamlLine.parse(source.lineText(lineNo--));
        if (line.kind() == YamlLine.Kind.SKIP) {
          continue;
        }
        if (line.kind() == YamlLine.Kind.BOUNDARY) {
          break;
        }
      }
      again = false;
      if (!list) {
        if (line.key() != null && line.contentCol() == column) {
          if (initial) {
            walk.siblings.add(line.key());
          }
          if (!line.dashes().isEmpty()) {
            // "- Name: ..." opens the object the cursor is in, as an item of a list.
            initial = false;
            list = true;
            column = line.lastDash();
            items = 0;
          }
          continue;
        }
        if (line.indent() >= column) {
          continue; // inside a sibling's value
        }
        if (line.key() != null && line.contentCol() < column) {
          walk.tokens.addFirst(line.key());
          initial = false;
          column = line.contentCol();
          again = true;
          continue;
        }
        if (!line.dashes().isEmpty() && line.lastDash() < column && line.key() == null) {
          // A dash alone on its line, with the object on the lines below it.
          initial = false;
          list = true;
          column = line.lastDash();
          items = 0;
          continue;
        }
        break; // less indented but opens nothing: the text above is not block YAML we can follow
      } else {
        if (line.hasDashAt(column)) {
          items++;
          continue;
        }
        if (line.indent() > column) {
          continue; // inside an earlier item
        }
        if (line.key() != null && line.contentCol() <= column) {
          walk.tokens.addFirst(Integer.toString(items));
          walk.tokens.addFirst(line.key());
          list = false;
          column = line.contentCol();
          again = true;
          continue;
        }
        break;
      }
    }
    if (list) {
      walk.tokens.addFirst(Integer.toString(items));
    }
    return walk;
  }

  /**
   * The column of a line's first character that is not a space, or MAX_VALUE for a blank line; read
   * in place, without copying the line, because a walk may pass thousands of lines.
   */
  private int indentOf(int lineNo) {
    String text = source.text();
    int start = source.lines().lineStart(lineNo);
    int end = source.lines().lineEnd(lineNo, text);
    int i = start;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    return i == end ? Integer.MAX_VALUE : i - start;
  }

  /** Member names of the cursor's object on the lines below the cursor. */
  private Set<String> siblingsBelow(int cursorLine, int column) {
    Set<String> names = new LinkedHashSet<>();
    int count = source.lines().lineCount();
    for (int lineNo = cursorLine + 1; lineNo < count; lineNo++) {
      if (indentOf(lineNo) > column) {
        continue;
      }
      YamlLine line = YamlLine.parse(source.lineText(lineNo));
      if (line.kind() == YamlLine.Kind.SKIP) {
        continue;
      }
      if (line.kind() == YamlLine.Kind.BOUNDARY || line.indent() < column) {
        break;
      }
      if (line.key() != null && line.contentCol() == column && line.dashes().isEmpty()) {
        names.add(line.key());
      }
    }
    return names;
  }
}
