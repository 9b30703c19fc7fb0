package dev.hpolint.schema.generator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.UncheckedIOException;

/**
 * Writes JSON the same way on every machine: two-space indent, {@code \n} line ends whatever the
 * platform, one array element per line (so a new enum value is a one-line diff), a trailing
 * newline. Keys keep the node's insertion order; the generator inserts them in a fixed order, and
 * parsing a rendered file and rendering it again gives the same bytes.
 */
final class StableJson {

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    WRITER = new ObjectMapper().writer(printer);
  }

  private StableJson() {}

  static String render(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      // A tree built in memory always serializes; this would be a Jackson bug.
      throw new UncheckedIOException(e);
    }
  }
}
