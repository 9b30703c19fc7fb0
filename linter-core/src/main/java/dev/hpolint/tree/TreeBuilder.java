package dev.hpolint.tree;

import dev.hpolint.source.SourceText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a tree from a stream of start, value and end events, without recursion so that nesting
 * depth is bounded by {@link ParseLimits} rather than by the thread's stack. Both readers feed it.
 */
final class TreeBuilder {
  /** Thrown to stop reading when a limit is reached; the problem is already recorded. */
  static final class LimitReached extends RuntimeException {
    LimitReached() {
      super(null, null, false, false);
    }
  }

  private final SourceText source;
  private final ParseLimits limits;
  private final ProblemCollector problems;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Node root;
  private Node lastAttached;
  private int nodeCount;

  TreeBuilder(SourceText source, ParseLimits limits, ProblemCollector problems) {
    this.source = source;
    this.limits = limits;
    this.problems = problems;
  }

  void startObject(int offset) {
    open(new Frame(true, offset));
  }

  void startArray(int offset) {
    open(new Frame(false, offset));
  }

  /** Supplies the key of the next member of the innermost object. */
  void key(StringNode key) {
    countNode(key.range().start().offset());
    stack.peek().pendingKey = key;
  }

  /** Merges members of another mapping (YAML {@code <<}); explicit members take precedence. */
  void merge(List<Member> inherited) {
    stack.peek().merged.addAll(inherited);
  }

  void value(Node node) {
    countNode(node.range().start().offset());
    attach(node);
  }

  /**
   * Adds a node that was built elsewhere (a copy of an anchored YAML node); its own nodes are
   * counted by the caller through {@link #countCopied(int, int)}.
   */
  void copiedValue(Node node) {
    attach(node);
  }

  void countCopied(int count, int offset) {
    nodeCount += count;
    if (nodeCount > limits.maxNodes()) {
      problems.limit(
          offset,
          "The document expands to more than "
              + limits.maxNodes()
              + " values (through YAML aliases or sheer size); hpolint stops reading it here");
      throw new LimitReached();
    }
  }

  void endObject(int endOffset) {
    Frame frame = stack.pop();
    List<Member> members = frame.members;
    if (!frame.merged.isEmpty()) {
      members = new ArrayList<>(frame.members);
      for (Member inherited : frame.merged) {
        if (!frame.keys.containsKey(inherited.name())) {
          frame.keys.put(inherited.name(), inherited.key());
          members.add(inherited);
        }
      }
    }
    attach(new ObjectNode(source.range(frame.start, endOffset), members));
  }

  void endArray(int endOffset) {
    Frame frame = stack.pop();
    attach(new ArrayNode(source.range(frame.start, endOffset), frame.items));
  }

  /**
   * Where the content of the innermost open collection ends: the end of its last member or item, or
   * -1 when it has none. A YAML block collection has no closing bracket, and the parser's end mark
   * lies at the next token, past trailing blank lines and comments.
   */
  int innermostContentEnd() {
    Frame frame = stack.peek();
    if (frame == null) {
      return -1;
    }
    if (frame.isObject && !frame.members.isEmpty()) {
      return frame.members.get(frame.members.size() - 1).value().range().end().offset();
    }
    if (!frame.isObject && !frame.items.isEmpty()) {
      return frame.items.get(frame.items.size() - 1).range().end().offset();
    }
    return -1;
  }

  int depth() {
    return stack.size();
  }

  boolean insideObjectAwaitingKey() {
    return !stack.isEmpty() && stack.peek().isObject && stack.peek().pendingKey == null;
  }

  /** The start offset of the innermost open object or array, or -1. */
  int innermostStart() {
    return stack.isEmpty() ? -1 : stack.peek().start;
  }

  boolean innermostIsObject() {
    return !stack.isEmpty() && stack.peek().isObject;
  }

  /** The finished root, or null when no complete value was read. */
  Node takeRoot() {
    Node result = stack.isEmpty() ? root : null;
    root = null;
    stack.clear();
    return result;
  }

  private void open(Frame frame) {
    countNode(frame.start);
    if (stack.size() >= limits.maxDepth()) {
      problems.limit(
          frame.start,
          "The document nests objects and arrays more than "
              + limits.maxDepth()
              + " levels deep; a tuning-job request needs about ten, so hpolint stops reading here");
      throw new LimitReached();
    }
    stack.push(frame);
  }

  private void countNode(int offset) {
    countCopied(1, offset);
  }

  /** The node most recently completed, so that a YAML anchor can be bound to it. */
  Node lastAttached() {
    return lastAttached;
  }

  /** Forgets the key of the member being read; a YAML merge key is not a member itself. */
  void dropPendingKey() {
    stack.peek().pendingKey = null;
  }

  private void attach(Node node) {
    lastAttached = node;
    Frame parent = stack.peek();
    if (parent == null) {
      root = node;
    } else if (parent.isObject) {
      StringNode key = parent.pendingKey;
      parent.pendingKey = null;
      StringNode first = parent.keys.putIfAbsent(key.value(), key);
      if (first != null) {
        problems.duplicateKey(first, key);
      }
      parent.members.add(new Member(key, node));
    } else {
      parent.items.add(node);
    }
  }

  private static final class Frame {
    final boolean isObject;
    final int start;
    final List<Member> members = new ArrayList<>();
    final List<Node> items = new ArrayList<>();
    final List<Member> merged = new ArrayList<>();
    final Map<String, StringNode> keys = new HashMap<>();
    StringNode pendingKey;

    Frame(boolean isObject, int start) {
      this.isObject = isObject;
      this.start = start;
    }
  }
}
