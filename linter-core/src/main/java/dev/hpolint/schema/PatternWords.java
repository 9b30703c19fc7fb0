package dev.hpolint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * What a value of a patterned shape must look like, in words ("an IAM role ARN, such as ..."), read
 * from the schema module's data so that a message never shows a raw regular expression.
 */
public final class PatternWords {
  public static final String RESOURCE = "/dev/hpolint/schema/pattern-words.json";
  private final Map<String, String> words;

  private PatternWords(Map<String, String> words) {
    this.words = words;
  }

  public static PatternWords bundled() {
    Map<String, String> words = new HashMap<>();
    try (InputStream in = PatternWords.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        JsonNode node = new ObjectMapper().readTree(in);
        node.fields()
            .forEachRemaining(
                entry -> {
                  if (entry.getValue().isTextual()) {
                    words.put(entry.getKey(), entry.getValue().asText());
                  }
                });
      }
    } catch (IOException e) {
      // Words are a nicety: without them messages fall back to naming the pattern.
    }
    return new PatternWords(words);
  }

  /** The words for a shape, or a fallback that names the pattern itself. */
  public String describe(String shapeName, String pattern) {
    String described = shapeName == null ? null : words.get(shapeName);
    if (described != null) {
      return described;
    }
    return "a value matching the pattern " + unanchored(pattern);
  }

  private static String unanchored(String pattern) {
    if (pattern != null && pattern.startsWith("^(?:") && pattern.endsWith(")$")) {
      return pattern.substring(4, pattern.length() - 2);
    }
    return pattern;
  }
}
