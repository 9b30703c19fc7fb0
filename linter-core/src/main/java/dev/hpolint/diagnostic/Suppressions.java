package dev.hpolint.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Which findings a document's comments or a project's configuration silence. A finding of error
 * severity is only silenced with a reason: otherwise it stays, and the suppression itself is
 * reported under {@value #REASON_ID}, so that a rejected request cannot be waved through quietly.
 */
public final class Suppressions {
  public static final String REASON_ID = "HPO-SUPPRESSION-REASON";

  /** The findings that remain, and how many were silenced. */
  public record Outcome(List<Diagnostic> kept, int suppressed) {
    public Outcome {
      kept = List.copyOf(kept);
    }
  }

  /** One suppression that matched a finding: whether it gives a reason, and where it is written. */
  public record Match(boolean hasReason, Diagnostic whereWritten, String description) {}

  /** Decides, per finding, which suppression (if any) applies to it. */
  @FunctionalInterface
  public interface Matcher {
    Match match(Diagnostic finding);
  }

  private Suppressions() {}

  public static Outcome apply(List<Diagnostic> findings, Matcher matcher) {
    List<Diagnostic> kept = new ArrayList<>(findings.size());
    int suppressed = 0;
    for (Diagnostic finding : findings) {
      Match match = matcher.match(finding);
      if (match == null) {
        kept.add(finding);
      } else if (finding.severity() != Severity.ERROR || match.hasReason()) {
        suppressed++;
      } else {
        kept.add(finding);
        kept.add(match.whereWritten());
      }
    }
    return new Outcome(kept, suppressed);
  }
}
