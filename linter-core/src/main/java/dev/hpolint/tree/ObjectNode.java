package dev.hpolint.tree;

import dev.hpolint.source.Range;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object (JSON) or mapping (YAML). Keeps every member in source order, duplicates included, so
 * that duplicate keys can be reported; lookups by name see the last occurrence, as JSON parsers and
 * the AWS SDKs do.
 */
public final class ObjectNode extends Node {
  private final List<Member> members;
  private final Map<String, Member> byName;

  public ObjectNode(Range range, List<Member> members) {
    super(range);
    this.members = Collections.unmodifiableList(new ArrayList<>(members));
    this.byName = new LinkedHashMap<>();
    for (Member member : this.members) {
      byName.put(member.name(), member);
      member.key().attach(this, member.name(), -1, member);
      member.value().attach(this, member.name(), -1, member);
    }
  }

  @Override
  public String typeName() {
    return "object";
  }

  /** Every member in source order, duplicates included. */
  public List<Member> members() {
    return members;
  }

  /** The effective members: one per name, the last occurrence, in order of first appearance. */
  public Iterable<Member> effectiveMembers() {
    return byName.values();
  }

  public int size() {
    return byName.size();
  }

  public boolean has(String name) {
    return byName.containsKey(name);
  }

  /** The value of a member, or null when absent. */
  public Node get(String name) {
    Member member = byName.get(name);
    return member == null ? null : member.value();
  }

  /** The member of a name (its last occurrence), or null. */
  public Member member(String name) {
    return byName.get(name);
  }
}
