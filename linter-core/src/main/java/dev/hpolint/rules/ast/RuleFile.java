package dev.hpolint.rules.ast;

import java.util.List;

/** The rules of one file, in file order. */
public record RuleFile(String name, List<RuleDecl> rules) {
  public RuleFile {
    rules = List.copyOf(rules);
  }
}
