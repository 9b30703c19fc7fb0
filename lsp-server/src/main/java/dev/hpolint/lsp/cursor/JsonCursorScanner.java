package dev.hpolint.lsp.cursor;

import dev.hpolint.lsp.cursor.CursorContext.Slot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the path at the cursor in JSON text that may be half typed: it reads the text from the
 * start to the cursor matching braces, brackets and quotes, and forgives what a user in mid-edit
 * leaves behind (a missing comma or colon, an unclosed string, an unquoted word). Past the cursor
 * it only looks for the names of the remaining members of the object under the cursor.
 */
final class JsonCursorScanner {
  private final String text;
  private final int cursor;
  private final Deque<Frame> stack = new ArrayDeque<>();

  private enum Expect {
    NAME,
    COLON,
    VALUE,
    AFTER_VALUE
  }

  /** One open object or list between the start of the text and the cursor. */
  private static final class Frame {
    final boolean object;
    Expect expect;
    String name;
    int index;
    int lastValueEnd = -1;
    final Set<String> names = new LinkedHashSet<>();

    Frame(boolean object) {
      this.object = object;
      this.expect = object ? Expect.NAME : Expect.VALUE;
    }
  }

  JsonCursorScanner(String text, int cursor) {
    this.text = text;
    this.cursor = Math.max(0, Math.min(cursor, text.length()));
  }

  Optional<CursorContext> scan() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (i >= cursor) {
        break;
      }
      switch (c) {
        case '"' -> {
          int end = stringEnd(i);
          boolean closed = end <= text.length() && end > i + 1 && text.charAt(end - 1) == '"';
          if (cursor > i && (closed ? cursor < end : cursor <= end)) {
            return inToken(i, closed ? end : cursor, '"', closed);
          }
          value(unquote(i, end, closed), end);
          i = end;
        }
        case '{', '[' -> {
          stack.push(new Frame(c == '{'));
          i++;
        }
        case '}', ']' -> {
          if (!stack.isEmpty()) {
            stack.pop();
          }
          i++;
          value(null, i);
        }
        case ':' -> {
          Frame top = stack.peek();
          if (top != null && top.object && top.expect == Expect.COLON) {
            top.expect = Expect.VALUE;
          }
          i++;
        }
        case ',' -> {
          Frame top = stack.peek();
          if (top != null) {
            if (top.object) {
              top.expect = Expect.NAME;
              top.name = null;
            } else {
              top.index++;
              top.expect = Expect.VALUE;
            }
          }
          i++;
        }
        default -> {
          int end = wordEnd(i);
          if (cursor > i && cursor <= end) {
            return inToken(i, end, (char) 0, false);
          }
          value(text.substring(i, end), end);
          i = Math.max(end, i + 1);
        }
      }
    }
    return between(i);
  }

  /** A complete token before the cursor: a name where a name is expected, else a value. */
  private void value(String token, int end) {
    Frame top = stack.peek();
    if (top == null) {
      return;
    }
    if (top.object && (top.expect == Expect.NAME || top.expect == Expect.AFTER_VALUE)) {
      if (token != null) {
        // A name (a missing comma before it is forgiven).
        top.name = token;
        top.names.add(token);
        top.expect = Expect.COLON;
        return;
      }
    }
    top.expect = Expect.AFTER_VALUE;
    top.lastValueEnd = end;
  }

  private Optional<CursorContext> inToken(int start, int end, char quote, boolean closed) {
    Frame top = stack.peek();
    if (top == null) {
      return Optional.empty();
    }
    String prefix = text.substring(quote == 0 ? start : start + 1, cursor);
    String whole = quote == 0 ? text.substring(start, end) : unquote(start, end, closed);
    if (top.object && (top.expect == Expect.NAME || top.expect == Expect.AFTER_VALUE)) {
      boolean hasColon = nextSignificant(end) == ':';
      int missingComma = top.expect == Expect.AFTER_VALUE ? missingComma(top, start) : -1;
      if (top.expect == Expect.AFTER_VALUE && missingComma < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new CursorContext(
              path(),
              Slot.MEMBER_NAME,
              whole,
              prefix,
              start,
              end,
              quote,
              hasColon,
              siblings(top, end),
              missingComma,
              !hasColon && nextSignificant(end) == '"'));
    }
    if (top.object && top.expect == Expect.VALUE) {
      return Optional.of(
          context(Slot.MEMBER_VALUE, top.name, prefix, start, end, quote, Set.of(), -1));
    }
    if (!top.object && top.expect == Expect.VALUE) {
      return Optional.of(context(Slot.ITEM, "", prefix, start, end, quote, Set.of(), -1));
    }
    return Optional.empty();
  }

  /** The cursor stands between tokens; {@code next} is where the next token starts. */
  private Optional<CursorContext> between(int next) {
    Frame top = stack.peek();
    if (top == null) {
      return Optional.empty();
    }
    if (top.object) {
      switch (top.expect) {
        case NAME, AFTER_VALUE -> {
          int missingComma = top.expect == Expect.AFTER_VALUE ? missingComma(top, cursor) : -1;
          if (top.expect == Expect.AFTER_VALUE && missingComma < 0) {
            return Optional.empty();
          }
          return Optional.of(
              new CursorContext(
                  path(),
                  Slot.MEMBER_NAME,
                  "",
                  "",
                  cursor,
                  cursor,
                  (char) 0,
                  false,
                  siblings(top, cursor),
                  missingComma,
                  next < text.length() && text.charAt(next) == '"'));
        }
        case VALUE -> {
          return Optional.of(
              context(Slot.MEMBER_VALUE, top.name, "", cursor, cursor, (char) 0, Set.of(), -1));
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    if (top.expect == Expect.VALUE) {
      return Optional.of(context(Slot.ITEM, "", "", cursor, cursor, (char) 0, Set.of(), -1));
    }
    return Optional.empty();
  }

  private CursorContext context(
      Slot slot,
      String key,
      String prefix,
      int start,
      int end,
      char quote,
      Set<String> siblings,
      int missingComma) {
    return new CursorContext(
        path(),
        slot,
        key == null ? "" : key,
        prefix,
        start,
        end,
        quote,
        false,
        siblings,
        missingComma,
        false);
  }

  /**
   * After a value with no comma yet, a new member may begin only on a later line; on the value's
   * own line the user is most likely still writing the value.
   */
  private int missingComma(Frame top, int at) {
    if (top.lastValueEnd < 0 || text.lastIndexOf('\n', at - 1) < top.lastValueEnd) {
      return -1;
    }
    return top.lastValueEnd;
  }

  private List<String> path() {
    List<String> tokens = new ArrayList<>();
    Iterator<Frame> fromRoot = stack.descendingIterator();
    Frame previous = null;
    while (fromRoot.hasNext()) {
      Frame frame = fromRoot.next();
      if (previous != null) {
        tokens.add(previous.object ? nullToEmpty(previous.name) : Integer.toString(previous.index));
      }
      previous = frame;
    }
    return tokens;
  }

  /** Names already in the object: those before the cursor and those up to its closing brace. */
  private Set<String> siblings(Frame top, int from) {
    Set<String> names = new LinkedHashSet<>(top.names);
    int depth = 0;
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int end = stringEnd(i);
        boolean closed = end > i + 1 && text.charAt(end - 1) == '"';
        if (depth == 0 && nextSignificant(end) == ':') {
          names.add(unquote(i, end, closed));
        }
        i = Math.max(end, i + 1);
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth < 0) {
          break;
        }
      }
      i++;
    }
    return names;
  }

  /** Just past the closing quote; for a string left open, the end of its line. */
  private int stringEnd(int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '"') {
        return i + 1;
      }
      if (c == '\n' || c == '\r') {
        return i;
      }
      i++;
    }
    return text.length();
  }

  private int wordEnd(int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isSpace(c)
          || c == ','
          || c == ':'
          || c == '{'
          || c == '}'
          || c == '['
          || c == ']'
          || c == '"') {
        break;
      }
      i++;
    }
    return i;
  }

  private char nextSignificant(int from) {
    for (int i = from; i < text.length(); i++) {
      if (!isSpace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 0;
  }

  /** The value of a string token, with the common escapes undone. */
  private String unquote(int start, int end, boolean closed) {
    String raw = text.substring(start + 1, closed ? end - 1 : end);
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && i + 1 < raw.length()) {
        char next = raw.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'u' -> {
            if (isHex(raw, i + 1)) {
              out.append((char) Integer.parseInt(raw.substring(i + 1, i + 5), 16));
              i += 4;
            } else {
              out.append('u');
            }
          }
          default -> out.append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isHex(String text, int from) {
    if (from + 4 > text.length()) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF';
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
