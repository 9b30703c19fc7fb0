package dev.hpolint.tree;

import dev.hpolint.source.Range;

/** A string value, or an object key. */
public final class StringNode extends Node {
  private final String value;
  private final ScalarStyle style;
  private final String yaml11Reading;
  private final boolean yamlTimestamp;

  public StringNode(Range range, String value, ScalarStyle style) {
    this(range, value, style, null, false);
  }

  /**
   * @param yaml11Reading for a plain YAML scalar that YAML 1.1 readers (PyYAML) take for something
   *     other than text, what they take it for, such as "the boolean False"; else null
   * @param yamlTimestamp true for a plain YAML scalar that YAML loaders turn into a date or time
   */
  public StringNode(
      Range range, String value, ScalarStyle style, String yaml11Reading, boolean yamlTimestamp) {
    super(range);
    this.value = value;
    this.style = style;
    this.yaml11Reading = yaml11Reading;
    this.yamlTimestamp = yamlTimestamp;
  }

  @Override
  public String typeName() {
    return "string";
  }

  public String value() {
    return value;
  }

  public ScalarStyle style() {
    return style;
  }

  /** What PyYAML would read instead of this text, or null; see the constructor. */
  public String yaml11Reading() {
    return yaml11Reading;
  }

  /** True for an unquoted YAML date or time, which YAML loaders do not hand over as text. */
  public boolean isYamlTimestamp() {
    return yamlTimestamp;
  }

  /** True when this node is the key of a member rather than a value. */
  public boolean isKey() {
    Member member = memberInParent();
    return member != null && member.key() == this;
  }
}
