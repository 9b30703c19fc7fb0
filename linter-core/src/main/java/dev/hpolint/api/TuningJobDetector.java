package dev.hpolint.api;

import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import dev.hpolint.tree.JsonReader;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.ParseLimits;
import dev.hpolint.tree.ParseResult;
import dev.hpolint.tree.ParsedDocument;
import dev.hpolint.tree.YamlReader;
import java.util.regex.Pattern;

/**
 * Tells tuning-job requests from the other JSON and YAML files of a repository, so that scanning a
 * directory (or an editor opening any YAML file) reports nothing on unrelated files. A request is a
 * document whose root names {@code HyperParameterTuningJobConfig} or {@code
 * HyperParameterTuningJobName}.
 */
public final class TuningJobDetector {
  private static final Pattern MENTION = Pattern.compile("HyperParameterTuningJob(Config|Name)");
  private static final ParseLimits LIMITS = ParseLimits.DEFAULT;

  private TuningJobDetector() {}

  public static boolean isTuningJob(String name, String text) {
    // Cheap test first: most files of a repository never mention the members at all.
    if (!MENTION.matcher(text).find()) {
      return false;
    }
    SourceText source = SourceText.of(name, text);
    ParseResult parsed =
        source.syntax() == Syntax.JSON
            ? new JsonReader(LIMITS).read(source)
            : new YamlReader(LIMITS).read(source);
    for (ParsedDocument document : parsed.documents()) {
      if (document.root() instanceof ObjectNode root
          && (root.has("HyperParameterTuningJobConfig")
              || root.has("HyperParameterTuningJobName"))) {
        return true;
      }
    }
    // A file too broken to parse but that names the members is most likely a request in the
    // making: lint it, so the user sees why it does not parse.
    return parsed.documents().isEmpty() && !parsed.problems().isEmpty();
  }
}
