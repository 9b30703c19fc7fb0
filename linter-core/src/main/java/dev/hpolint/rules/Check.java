package dev.hpolint.rules;

import dev.hpolint.diagnostic.Diagnostic;
import java.util.List;
import java.util.function.Consumer;

/**
 * A family of rules run over one document at a time: the schema check, a rule file, or a rule
 * written in Java. Checks never throw on odd documents; a missing member or a wrong type simply
 * means a condition does not hold.
 */
public interface Check {

  /** The rules this check reports under. */
  List<RuleInfo> rules();

  void run(DocumentContext document, Consumer<Diagnostic> report);
}
