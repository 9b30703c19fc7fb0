package dev.hpolint.diagnostic;

import dev.hpolint.source.Range;
import java.util.List;
import java.util.Objects;

/**
 * One finding: which rule, how serious, what is wrong in plain words, where (JSON Pointer and
 * source range), and how to fix it when that is known.
 */
public record Diagnostic(
    String ruleId,
    Severity severity,
    String message,
    String pointer,
    Range range,
    List<Fix> fixes,
    List<RelatedLocation> related) {

  public Diagnostic {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(range, "range");
    fixes = List.copyOf(fixes);
    related = List.copyOf(related);
  }

  public Diagnostic(String ruleId, Severity severity, String message, String pointer, Range range) {
    this(ruleId, severity, message, pointer, range, List.of(), List.of());
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(ruleId, newSeverity, message, pointer, range, fixes, related);
  }

  public Diagnostic withFixes(List<Fix> newFixes) {
    return new Diagnostic(ruleId, severity, message, pointer, range, newFixes, related);
  }

  public Diagnostic withRelated(List<RelatedLocation> newRelated) {
    return new Diagnostic(ruleId, severity, message, pointer, range, fixes, newRelated);
  }
}
