package dev.hpolint.fix;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Fix;
import dev.hpolint.diagnostic.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Applies fixes to the original text. Edits are applied from the end of the text backwards so that
 * earlier offsets stay valid; an edit that overlaps one already taken is skipped (its finding will
 * still be reported on the next run), so nothing the user wrote is garbled.
 */
public final class FixApplier {

  private FixApplier() {}

  /** The result of applying fixes: the new text and how many fixes went in. */
  public record Applied(String text, int appliedFixes, int skippedFixes) {}

  /** Applies the first fix of each finding; for tests and previews. */
  public static String applyFirstFixes(String text, List<Diagnostic> findings) {
    List<Fix> fixes = new ArrayList<>();
    for (Diagnostic finding : findings) {
      if (!finding.fixes().isEmpty()) {
        fixes.add(finding.fixes().get(0));
      }
    }
    return apply(text, fixes).text();
  }

  /** Applies the safe fixes only: what {@code --fix} does. */
  public static Applied applySafe(String text, List<Diagnostic> findings) {
    List<Fix> fixes = new ArrayList<>();
    for (Diagnostic finding : findings) {
      finding.fixes().stream().filter(Fix::safe).findFirst().ifPresent(fixes::add);
    }
    return apply(text, fixes);
  }

  public static Applied apply(String text, List<Fix> fixes) {
    return apply(text, fixes, fix -> {});
  }

  /**
   * Applies fixes in order, skipping those that overlap a fix already taken, and tells which went
   * in (so that a summary can count them by rule).
   */
  public static Applied apply(String text, List<Fix> fixes, Consumer<Fix> onApplied) {
    List<Fix> accepted = new ArrayList<>();
    List<TextEdit> taken = new ArrayList<>();
    int skipped = 0;
    for (Fix fix : fixes) {
      if (fix.edits().stream().anyMatch(edit -> overlapsAny(edit, taken))) {
        skipped++;
        continue;
      }
      accepted.add(fix);
      taken.addAll(fix.edits());
      onApplied.accept(fix);
    }
    taken.sort(Comparator.comparingInt((TextEdit e) -> e.range().start().offset()).reversed());
    StringBuilder out = new StringBuilder(text);
    for (TextEdit edit : taken) {
      out.replace(edit.range().start().offset(), edit.range().end().offset(), edit.newText());
    }
    return new Applied(out.toString(), accepted.size(), skipped);
  }

  private static boolean overlapsAny(TextEdit edit, List<TextEdit> taken) {
    int start = edit.range().start().offset();
    int end = edit.range().end().offset();
    for (TextEdit other : taken) {
      int otherStart = other.range().start().offset();
      int otherEnd = other.range().end().offset();
      boolean overlap = start < otherEnd && otherStart < end;
      boolean sameInsertionPoint = start == end && otherStart == otherEnd && start == otherStart;
      if (overlap || sameInsertionPoint) {
        return true;
      }
    }
    return false;
  }
}
