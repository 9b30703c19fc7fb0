package dev.hpolint.lsp.document;

import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import dev.hpolint.tree.JsonReader;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.ParseLimits;
import dev.hpolint.tree.ParseResult;
import dev.hpolint.tree.ParsedDocument;
import dev.hpolint.tree.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of an open document. Immutable apart from two memos: the parse and the lint result
 * are computed at most once per version, by whichever feature needs them first (the diagnostics
 * job, a hover, a code action), and are dropped with the snapshot when the next edit replaces it.
 */
public final class DocumentSnapshot {
  private final String uri;
  private final int version;
  private final String languageId;
  private final SourceText source;
  private final List<Node> inheritedRoots;
  private final Object parseLock = new Object();
  private final Object lintLock = new Object();
  private volatile ParseResult parse;
  private volatile Boolean tuningJob;
  private LintMemo lint;

  private record LintMemo(Linter linter, LintResult result) {}

  public DocumentSnapshot(String uri, int version, String languageId, String text) {
    this(uri, version, languageId, text, List.of());
  }

  /**
   * @param inheritedRoots the roots of the last version that parsed cleanly, for features that want
   *     the document's names (metrics, hyperparameters) while the current text is broken
   */
  DocumentSnapshot(
      String uri, int version, String languageId, String text, List<Node> inheritedRoots) {
    this.inheritedRoots = List.copyOf(inheritedRoots);
    this.uri = uri;
    this.version = version;
    this.languageId = languageId == null ? "" : languageId;
    String name = DocumentNames.fileName(uri);
    this.source = new SourceText(name, text, DocumentNames.syntax(name, this.languageId, text));
  }

  public String uri() {
    return uri;
  }

  public int version() {
    return version;
  }

  public String languageId() {
    return languageId;
  }

  public SourceText source() {
    return source;
  }

  public String text() {
    return source.text();
  }

  public Syntax syntax() {
    return source.syntax();
  }

  /** Whether hpolint speaks about this document at all; see {@link TuningJobFilter}. */
  public boolean isTuningJob() {
    Boolean known = tuningJob;
    if (known == null) {
      known = TuningJobFilter.isTuningJob(this);
      tuningJob = known;
    }
    return known;
  }

  /** The documents the text holds, as far as they could be read. */
  public ParseResult parse() {
    ParseResult result = parse;
    if (result == null) {
      synchronized (parseLock) {
        result = parse;
        if (result == null) {
          result =
              source.syntax() == Syntax.JSON
                  ? new JsonReader(ParseLimits.DEFAULT).read(source)
                  : new YamlReader(ParseLimits.DEFAULT).read(source);
          parse = result;
        }
      }
    }
    return result;
  }

  /** True when the whole text parsed without a single syntax problem. */
  public boolean parsedCleanly() {
    ParseResult result = parse();
    return result.problems().isEmpty() && !result.documents().isEmpty();
  }

  /**
   * The roots of this version if it parses cleanly, else those of the last version that did. Only
   * one earlier tree is ever kept, however many edits were made.
   */
  public List<Node> lastCleanRoots() {
    return parsedCleanly() ? roots() : inheritedRoots;
  }

  /** What a successor inherits, without parsing this version just for that. */
  List<Node> cleanRootsIfKnown() {
    ParseResult known = parse;
    if (known != null && known.problems().isEmpty() && !known.documents().isEmpty()) {
      return roots();
    }
    return inheritedRoots;
  }

  private List<Node> roots() {
    List<Node> roots = new ArrayList<>();
    for (ParsedDocument document : parse().documents()) {
      if (document.root() != null) {
        roots.add(document.root());
      }
    }
    return roots;
  }

  /** The root of the document that holds an offset (YAML files may hold several). */
  public Optional<Node> rootAt(int offset) {
    ParsedDocument best = null;
    for (ParsedDocument document : parse().documents()) {
      if (document.root() == null) {
        continue;
      }
      if (best == null || document.range().start().offset() <= offset) {
        best = document;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.root());
  }

  /** The findings of this version under a linter, linted once however many features ask. */
  public LintResult lint(Linter linter) {
    synchronized (lintLock) {
      if (lint == null || lint.linter() != linter) {
        lint = new LintMemo(linter, linter.lint(source));
      }
      return lint.result();
    }
  }
}
