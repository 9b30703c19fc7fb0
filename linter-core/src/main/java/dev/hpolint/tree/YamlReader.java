package dev.hpolint.tree;

import dev.hpolint.source.SourceText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads YAML into the same tree as JSON. Uses SnakeYAML's event parser and composes the tree
 * itself, because the composer of the library keeps no position for aliases, stops at the first
 * duplicate key and bounds depth with an exception that has no position.
 *
 * <p>Scalars are typed with YAML 1.1 rules, as PyYAML does for {@code aws --cli-input-yaml}: an
 * unquoted {@code 0.1} is a number and an unquoted {@code yes} a boolean, exactly what the AWS CLI
 * would send. Anchors and aliases are expanded (bounded by {@link ParseLimits#maxNodes()}), merge
 * keys ({@code <<}) are applied, comments are left out, and every document of a multi-document
 * stream becomes a {@link ParsedDocument} of its own.
 */
public final class YamlReader {
  private final ParseLimits limits;

  public YamlReader(ParseLimits limits) {
    this.limits = limits;
  }

  public ParseResult read(SourceText source) {
    ProblemCollector problems = new ProblemCollector(source);
    List<ParsedDocument> documents = new ArrayList<>();
    CodePointOffsets offsets = new CodePointOffsets(source.text());
    LoaderOptions options = new LoaderOptions();
    options.setProcessComments(false);
    options.setCodePointLimit(Integer.MAX_VALUE);
    Parser parser = new ParserImpl(new StreamReader(new StringReader(source.text())), options);
    DocumentComposer composer = new DocumentComposer(source, offsets, problems);
    Event last = null;
    try {
      while (true) {
        Event event = parser.getEvent();
        last = event;
        if (event.is(Event.ID.StreamEnd)) {
          break;
        }
        if (event.is(Event.ID.DocumentStart)) {
          int start = offsets.of(event.getStartMark());
          Node root = composer.composeDocument(parser);
          Event end = parser.getEvent();
          last = end;
          int endOffset = Math.max(start, offsets.of(end.getEndMark()));
          documents.add(new ParsedDocument(documents.size(), root, source.range(start, endOffset)));
        }
      }
    } catch (TreeBuilder.LimitReached e) {
      // Recorded by the builder; documents read so far are kept.
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int offset = mark == null ? 0 : offsets.of(mark);
      problems.syntax(offset, YamlErrorMessages.explain(e));
    } catch (UnsupportedYaml e) {
      problems.syntax(e.offset, e.getMessage());
    } catch (YAMLException | IllegalArgumentException e) {
      int offset = last == null ? 0 : offsets.of(last.getEndMark());
      problems.syntax(offset, "Invalid YAML: " + YamlErrorMessages.firstLine(e.getMessage()));
    }
    return new ParseResult(documents, problems.problems());
  }

  /** YAML that is well formed but that no AWS tool can turn into a request. */
  static final class UnsupportedYaml extends RuntimeException {
    final int offset;

    UnsupportedYaml(int offset, String message) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }

  /** Composes one document from parser events into a tree. */
  private final class DocumentComposer {
    private final SourceText source;
    private final CodePointOffsets offsets;
    private final ProblemCollector problems;
    private final YamlScalars scalars = new YamlScalars();

    DocumentComposer(SourceText source, CodePointOffsets offsets, ProblemCollector problems) {
      this.source = source;
      this.offsets = offsets;
      this.problems = problems;
    }

    Node composeDocument(Parser parser) {
      TreeBuilder builder = new TreeBuilder(source, limits, problems);
      Map<String, Node> anchors = new HashMap<>();
      // Aliases are resolved against nodes already completed; an anchor's node is registered
      // when its collection ends, so a collection cannot refer to itself.
      Map<Integer, String> pendingAnchors = new HashMap<>();
      boolean nextIsMergeValue = false;
      do {
        Event event = parser.peekEvent();
        if (event.is(Event.ID.DocumentEnd)) {
          break;
        }
        parser.getEvent();
        int start = offsets.of(event.getStartMark());
        int end = offsets.of(event.getEndMark());
        boolean expectingKey = builder.insideObjectAwaitingKey();
        if (event instanceof ScalarEvent scalar) {
          if (expectingKey) {
            if (scalars.isMergeKey(scalar)) {
              nextIsMergeValue = true;
              builder.key(new StringNode(source.range(start, end), "<<", ScalarStyle.PLAIN));
              continue;
            }
            builder.key(scalars.key(scalar, source.range(start, end), start));
          } else {
            Node node =
                scalars.value(scalar, source.range(start, scalarEnd(scalar, start, end)), start);
            if (nextIsMergeValue) {
              throw new UnsupportedYaml(
                  start,
                  "A merge key (<<) must be followed by an alias of a mapping, such as <<: *defaults");
            }
            builder.value(node);
            register(anchors, scalar, node);
          }
        } else if (event instanceof AliasEvent alias) {
          Node target = anchors.get(alias.getAnchor());
          if (target == null) {
            throw new UnsupportedYaml(
                start,
                "The alias *"
                    + alias.getAnchor()
                    + " refers to no anchor &"
                    + alias.getAnchor()
                    + " defined before it");
          }
          if (expectingKey) {
            if (!(target instanceof StringNode key)) {
              throw new UnsupportedYaml(
                  start,
                  "A member name must be text; the alias *"
                      + alias.getAnchor()
                      + " is a "
                      + target.typeName());
            }
            builder.key(new StringNode(source.range(start, end), key.value(), key.style()));
          } else if (nextIsMergeValue) {
            nextIsMergeValue = false;
            mergeInto(builder, target, start);
          } else {
            builder.countCopied(NodeCopier.count(target), start);
            builder.copiedValue(NodeCopier.copy(target));
          }
        } else if (event instanceof MappingStartEvent mapping) {
          rejectCustomTag(mapping.getTag(), "tag:yaml.org,2002:map", start);
          if (expectingKey) {
            throw new UnsupportedYaml(start, "A member name must be plain text, not a mapping");
          }
          if (nextIsMergeValue) {
            throw new UnsupportedYaml(
                start, "Write merges as <<: *anchor; an inline mapping after << is not supported");
          }
          builder.startObject(start);
          pendingAnchors.put(builder.depth(), mapping.getAnchor());
        } else if (event instanceof SequenceStartEvent sequence) {
          rejectCustomTag(sequence.getTag(), "tag:yaml.org,2002:seq", start);
          if (expectingKey) {
            throw new UnsupportedYaml(start, "A member name must be plain text, not a list");
          }
          if (nextIsMergeValue) {
            nextIsMergeValue = false;
            mergeSequence(parser, builder, anchors, start);
            continue;
          }
          builder.startArray(start);
          pendingAnchors.put(builder.depth(), sequence.getAnchor());
        } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
          String anchor = pendingAnchors.remove(builder.depth());
          int contentEnd = builder.innermostContentEnd();
          if (end <= start && contentEnd >= 0) {
            // A block collection ends where its last value ends (see innermostContentEnd).
            end = contentEnd;
          }
          if (event.is(Event.ID.MappingEnd)) {
            builder.endObject(Math.max(end, start));
          } else {
            builder.endArray(Math.max(end, start));
          }
          if (anchor != null) {
            anchors.put(anchor, builder.lastAttached());
          }
        }
      } while (true);
      return builder.takeRoot();
    }

    /**
     * A literal or folded block scalar's end mark lies past its trailing line breaks; its text ends
     * at its last non-blank character.
     */
    private int scalarEnd(ScalarEvent scalar, int start, int end) {
      if (!scalar.isLiteral() && !scalar.isFolded()) {
        return end;
      }
      String text = source.text();
      int trimmed = Math.min(end, text.length());
      while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
        trimmed--;
      }
      return trimmed;
    }

    private void register(Map<String, Node> anchors, NodeEvent event, Node node) {
      if (event.getAnchor() != null) {
        anchors.put(event.getAnchor(), node);
      }
    }

    private void mergeInto(TreeBuilder builder, Node target, int offset) {
      if (!(target instanceof ObjectNode object)) {
        throw new UnsupportedYaml(
            offset,
            "A merge key (<<) must refer to a mapping, but this alias is a " + target.typeName());
      }
      builder.countCopied(NodeCopier.count(object), offset);
      builder.dropPendingKey();
      builder.merge(NodeCopier.copyMembers(object));
    }

    private void mergeSequence(
        Parser parser, TreeBuilder builder, Map<String, Node> anchors, int offset) {
      List<Member> inherited = new ArrayList<>();
      while (!parser.peekEvent().is(Event.ID.SequenceEnd)) {
        Event item = parser.getEvent();
        int at = offsets.of(item.getStartMark());
        if (!(item instanceof AliasEvent alias)
            || !(anchors.get(alias.getAnchor()) instanceof ObjectNode object)) {
          throw new UnsupportedYaml(
              at, "A merge key (<<) takes an alias of a mapping or a list of such aliases");
        }
        builder.countCopied(NodeCopier.count(object), at);
        // Earlier mappings in the list win over later ones, as in PyYAML.
        for (Member member : NodeCopier.copyMembers(object)) {
          if (inherited.stream().noneMatch(m -> m.name().equals(member.name()))) {
            inherited.add(member);
          }
        }
      }
      parser.getEvent();
      builder.dropPendingKey();
      builder.merge(inherited);
    }

    private void rejectCustomTag(String tag, String standard, int offset) {
      if (tag != null && !tag.equals(standard) && !tag.equals("!")) {
        throw new UnsupportedYaml(
            offset, "The tag " + tag + " is not standard YAML; the AWS CLI cannot load it");
      }
    }
  }
}
