package dev.hpolint.tree;

import dev.hpolint.diagnostic.Diagnostic;
import java.util.List;

/**
 * What a reader made of a text: the documents it could read and the problems it met. Readers never
 * throw on user input; whatever went wrong is one of the problems.
 */
public record ParseResult(List<ParsedDocument> documents, List<Diagnostic> problems) {

  public ParseResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
