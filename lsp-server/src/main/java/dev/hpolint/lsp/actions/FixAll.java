package dev.hpolint.lsp.actions;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.TextEdit;
import dev.hpolint.fix.FixApplier;
import dev.hpolint.source.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * "Fix all auto-fixable findings": the safe fixes, applied by the core exactly as {@code --fix}
 * applies them, sent to the editor as one edit over the span that changed (not the whole file, so
 * the editor keeps the cursor, folds and marks outside it).
 */
final class FixAll {

  private FixAll() {}

  static Optional<TextEdit> edit(SourceText source, List<Diagnostic> findings) {
    FixApplier.Applied applied = FixApplier.applySafe(source.text(), findings);
    if (applied.appliedFixes() == 0 || applied.text().equals(source.text())) {
      return Optional.empty();
    }
    String before = source.text();
    String after = applied.text();
    int prefix = 0;
    int max = Math.min(before.length(), after.length());
    while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && before.charAt(before.length() - 1 - suffix)
            == after.charAt(after.length() - 1 - suffix)) {
      suffix++;
    }
    // Never split a surrogate pair between the kept and the replaced text.
    if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
      prefix--;
    }
    if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
      suffix--;
    }
    return Optional.of(
        new TextEdit(
            source.range(prefix, before.length() - suffix),
            after.substring(prefix, after.length() - suffix)));
  }
}
