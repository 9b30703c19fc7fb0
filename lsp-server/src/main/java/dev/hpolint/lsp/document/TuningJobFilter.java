package dev.hpolint.lsp.document;

import dev.hpolint.api.TuningJobDetector;
import dev.hpolint.source.Syntax;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which open documents hpolint speaks about. A repository holds many JSON and YAML files; hpolint
 * must say nothing about the ones that are not tuning-job requests. A document is one when its name
 * ends in {@code .hpo.json}, {@code .hpo.yaml} or {@code .hpo.yml}, when it is YAML whose first
 * line is a {@code # hpolint} comment, or when its root names {@code HyperParameterTuningJobConfig}
 * or {@code HyperParameterTuningJobName}.
 */
public final class TuningJobFilter {
  private static final Set<String> ROOT_KEYS =
      Set.of("HyperParameterTuningJobConfig", "HyperParameterTuningJobName");
  private static final Pattern MARKER_COMMENT =
      Pattern.compile("^\\uFEFF?[ \\t]*#[ \\t]*hpolint\\b");

  private TuningJobFilter() {}

  public static boolean isTuningJob(DocumentSnapshot snapshot) {
    String name = snapshot.source().name();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".hpo.json") || lower.endsWith(".hpo.yaml") || lower.endsWith(".hpo.yml")) {
      return true;
    }
    if (!DocumentNames.isJsonOrYaml(name, snapshot.languageId())) {
      return false;
    }
    if (snapshot.syntax() == Syntax.YAML
        && MARKER_COMMENT.matcher(firstLine(snapshot.text())).find()) {
      return true;
    }
    return TuningJobDetector.isTuningJob(name, snapshot.text());
  }

  private static String firstLine(String text) {
    int end = 0;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return text.substring(0, end);
  }
}
