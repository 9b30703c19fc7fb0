package dev.hpolint.golden;

import java.nio.file.Path;

/**
 * One golden case: a document under {@code cases/<RULE-ID>/}, the findings of that rule it must
 * produce ({@code .expected}), and optionally the text after applying the rule's fixes ({@code
 * .fixed}).
 */
record GoldenCase(String ruleId, Path document, Path expected, Path fixed) {

  String name() {
    return ruleId + "/" + document.getFileName();
  }

  /** Cases named pass-* must be clean: no finding of their rule and no error of any other. */
  boolean isPassing() {
    return document.getFileName().toString().startsWith("pass");
  }
}
