package dev.hpolint.lsp.hover;

import dev.hpolint.api.LintResult;
import dev.hpolint.api.Linter;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.lsp.LspAdapter;
import dev.hpolint.lsp.cursor.CursorContext;
import dev.hpolint.lsp.cursor.CursorLocator;
import dev.hpolint.lsp.cursor.TreeLocator;
import dev.hpolint.lsp.document.DocumentSnapshot;
import dev.hpolint.lsp.model.MemberDoc;
import dev.hpolint.lsp.model.ShapeWords;
import dev.hpolint.rules.RuleDocs;
import dev.hpolint.rules.RuleInfo;
import dev.hpolint.schema.Labels;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.schema.Shape;
import dev.hpolint.source.Range;
import dev.hpolint.source.SourceText;
import dev.hpolint.tree.JsonPointer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;

/**
 * {@code textDocument/hover}: what the member under the cursor is, in hpolint's words, with its
 * type and constraints and a link to the AWS page; and, on a value with a finding, what the rule
 * says.
 */
public final class HoverHandler {
  private final SchemaModel schema;
  private final ShapeWords words;

  public HoverHandler(SchemaModel schema, ShapeWords words) {
    this.schema = schema;
    this.words = words;
  }

  /** What the hover is about: a place in the request and the text it covers. */
  private record Target(String pointer, Range range) {}

  public Hover hover(
      DocumentSnapshot snapshot, Position position, Linter linter, CancelChecker cancel) {
    SourceText source = snapshot.source();
    int offset = LspAdapter.offset(source, position);
    Optional<Target> target = target(snapshot, offset);
    cancel.checkCanceled();
    List<String> sections = new ArrayList<>();
    Range range = target.map(Target::range).orElse(null);
    target.flatMap(t -> member(t.pointer())).ifPresent(sections::add);
    cancel.checkCanceled();
    LintResult result = snapshot.lint(linter);
    cancel.checkCanceled();
    Set<String> explained = new LinkedHashSet<>();
    for (Diagnostic finding : result.diagnostics()) {
      if (!finding.range().contains(offset)
          || !explained.add(finding.ruleId() + finding.message())) {
        continue;
      }
      sections.add(finding(finding, linter.rule(finding.ruleId())));
      if (range == null) {
        range = finding.range();
      }
    }
    if (sections.isEmpty()) {
      return null;
    }
    Hover hover =
        new Hover(new MarkupContent(MarkupKind.MARKDOWN, String.join("\n\n---\n\n", sections)));
    if (range != null) {
      hover.setRange(LspAdapter.range(range));
    }
    return hover;
  }

  private Optional<Target> target(DocumentSnapshot snapshot, int offset) {
    if (snapshot.parsedCleanly()) {
      return snapshot
          .rootAt(offset)
          .flatMap(root -> TreeLocator.at(root, offset))
          .map(hit -> new Target(hit.pointer(), hit.node().range()));
    }
    SourceText source = snapshot.source();
    return CursorLocator.locate(source, offset)
        .filter(
            cursor -> cursor.slot() != CursorContext.Slot.MEMBER_NAME || !cursor.key().isEmpty())
        .map(
            cursor ->
                new Target(
                    cursor.valuePointer(),
                    source.range(
                        cursor.tokenStart(), Math.max(cursor.tokenStart(), cursor.tokenEnd()))));
  }

  /** The member's section: name, what it is, type and constraints, link. */
  private Optional<String> member(String pointer) {
    if (pointer.isEmpty()) {
      return Optional.empty();
    }
    String parentPointer = JsonPointer.parent(pointer);
    String name = JsonPointer.lastToken(pointer);
    Shape parent = schema.shapeAt(parentPointer);
    Shape shape = schema.shapeAt(pointer);
    if (parent == null || shape == null) {
      return Optional.empty();
    }
    String title;
    String description;
    String requirement = "";
    if (parent.isStructure()) {
      Shape.Property property = parent.properties().get(name);
      if (property == null) {
        return Optional.empty();
      }
      title = "**" + name + "**";
      description = property.description();
      requirement = property.required() ? "required · " : "optional · ";
    } else {
      title = "**" + Labels.of(pointer) + "**";
      description = shape.description();
    }
    MemberDoc doc = MemberDoc.of(description);
    StringBuilder text =
        new StringBuilder(title).append(" — ").append(requirement).append(words.type(shape));
    if (!doc.text().isEmpty()) {
      text.append("\n\n").append(doc.text());
    }
    List<String> constraints = words.constraints(shape);
    if (!constraints.isEmpty()) {
      text.append("\n\n").append(String.join("  \n", constraints));
    }
    if (doc.link() != null) {
      text.append("\n\n[AWS API reference](").append(doc.link()).append(')');
    }
    return Optional.of(text.toString());
  }

  /** A finding's section: the rule, its message and the rule's documentation page. */
  private static String finding(Diagnostic finding, RuleInfo rule) {
    StringBuilder text =
        new StringBuilder("**")
            .append(finding.ruleId())
            .append("** (")
            .append(finding.severity().label())
            .append("): ")
            .append(finding.message());
    Optional<String> page = RuleDocs.page(finding.ruleId());
    if (page.isPresent()) {
      text.append("\n\n").append(page.get().strip());
    } else if (rule != null) {
      text.append("\n\n").append(rule.summary()).append('.');
    }
    text.append("\n\n[Reference](").append(LspAdapter.referenceUrl(finding.ruleId())).append(')');
    return text.toString();
  }
}
