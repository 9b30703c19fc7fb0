package dev.hpolint.tree;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.hpolint.source.SourceText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads strict JSON (RFC 8259, as the AWS CLI's {@code --cli-input-json} does) into a tree with a
 * source range on every key and value. Jackson's streaming parser does the tokenising; this class
 * adds exact spans, duplicate-key detection, limits and messages a user can act on.
 */
public final class JsonReader {
  private final ParseLimits limits;
  private final JsonFactory factory;

  public JsonReader(ParseLimits limits) {
    this.limits = limits;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    // Our own depth check reports first, with a position; Jackson's is a backstop.
                    .maxNestingDepth(limits.maxDepth() + 8)
                    .maxStringLength(Math.max(limits.maxChars(), 1))
                    .maxNumberLength(10_000)
                    .build())
            .build();
  }

  public ParseResult read(SourceText source) {
    ProblemCollector problems = new ProblemCollector(source);
    TreeBuilder builder = new TreeBuilder(source, limits, problems);
    String text = source.text();
    Node root = null;
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        switch (token) {
          case START_OBJECT -> builder.startObject(start);
          case START_ARRAY -> builder.startArray(start);
          case END_OBJECT -> builder.endObject(start + 1);
          case END_ARRAY -> builder.endArray(start + 1);
          case FIELD_NAME -> builder.key(stringNode(source, start, parser.currentName()));
          case VALUE_STRING -> builder.value(stringNode(source, start, parser.getText()));
          case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
              builder.value(numberNode(source, start, parser));
          case VALUE_TRUE -> builder.value(new BooleanNode(source.range(start, start + 4), true));
          case VALUE_FALSE -> builder.value(new BooleanNode(source.range(start, start + 5), false));
          case VALUE_NULL -> builder.value(new NullNode(source.range(start, start + 4)));
          default -> {
            // Embedded objects and NOT_AVAILABLE do not occur when parsing text.
          }
        }
        if (builder.depth() == 0) {
          root = builder.takeRoot();
          JsonToken extra = parser.nextToken();
          if (extra != null) {
            problems.syntax(
                (int) parser.currentTokenLocation().getCharOffset(),
                "Unexpected content after the end of the document; a JSON file holds exactly one"
                    + " value");
          }
          break;
        }
      }
      if (root == null && builder.depth() > 0) {
        problems.syntax(text.stripTrailing().length(), unclosedMessage(source, builder));
      }
    } catch (TreeBuilder.LimitReached e) {
      root = null;
    } catch (StreamConstraintsException e) {
      problems.limit(
          offsetOf(e.getLocation(), text),
          "The document exceeds a parsing limit: " + e.getOriginalMessage());
      root = null;
    } catch (JsonProcessingException e) {
      int offset =
          JsonErrorMessages.tokenStart(
              e.getOriginalMessage(), text, offsetOf(e.getLocation(), text));
      String message =
          JsonErrorMessages.explain(e.getOriginalMessage(), text, offset, builder, source);
      problems.syntax(JsonErrorMessages.where(message, text, offset), message);
      root = null;
    } catch (IOException e) {
      problems.syntax(0, "The text could not be read: " + e.getMessage());
      root = null;
    }
    List<ParsedDocument> documents =
        root == null
            ? List.of()
            : List.of(new ParsedDocument(0, root, source.range(0, text.length())));
    return new ParseResult(documents, problems.problems());
  }

  private static String unclosedMessage(SourceText source, TreeBuilder builder) {
    int start = builder.innermostStart();
    String what = builder.innermostIsObject() ? "object" : "array";
    return String.format(
        "The document ends before the %s opened on line %d, column %d is closed",
        what, source.position(start).line() + 1, source.position(start).column() + 1);
  }

  private static int offsetOf(JsonLocation location, String text) {
    if (location == null || location.getCharOffset() < 0) {
      return text.length();
    }
    return (int) Math.min(location.getCharOffset(), text.length());
  }

  private static StringNode stringNode(SourceText source, int start, String value) {
    return new StringNode(
        source.range(start, endOfString(source.text(), start)), value, ScalarStyle.DOUBLE_QUOTED);
  }

  private static NumberNode numberNode(SourceText source, int start, JsonParser parser)
      throws IOException {
    String raw = parser.getText();
    BigDecimal value = parser.getDecimalValue();
    boolean integer = parser.currentToken() == JsonToken.VALUE_NUMBER_INT;
    return new NumberNode(source.range(start, start + raw.length()), raw, value, integer);
  }

  /** The offset just past the closing quote of the string literal that starts at {@code start}. */
  static int endOfString(String text, int start) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '"') {
        return i + 1;
      } else {
        i++;
      }
    }
    return text.length();
  }
}
