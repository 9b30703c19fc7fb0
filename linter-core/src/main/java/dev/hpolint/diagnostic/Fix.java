package dev.hpolint.diagnostic;

import java.util.List;

/**
 * Edits that resolve a finding. A safe fix is one whose edit is certain (fixing the letter case of
 * an enum value, removing a member the API does not take); {@code --fix} applies only those, while
 * an editor offers every fix as a quick fix.
 */
public record Fix(String title, List<TextEdit> edits, boolean safe) {

  public Fix {
    edits = List.copyOf(edits);
  }
}
