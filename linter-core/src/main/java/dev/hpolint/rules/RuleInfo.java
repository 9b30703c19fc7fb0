package dev.hpolint.rules;

import dev.hpolint.diagnostic.Severity;
import java.util.Objects;

/**
 * What a rule is: its stable id (never reused), default severity and a one-line summary. The longer
 * documentation lives in the schema module as {@code docs/<ID>.md} and is read by {@link RuleDocs},
 * so that {@code hpolint explain} and an editor's hover show the same text.
 *
 * @param source where the rule comes from: "built-in" or the path of a user's rule file
 */
public record RuleInfo(String id, Severity severity, String summary, String source) {

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(source, "source");
  }

  public static RuleInfo builtIn(String id, Severity severity, String summary) {
    return new RuleInfo(id, severity, summary, "built-in");
  }
}
