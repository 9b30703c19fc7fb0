package dev.hpolint.source;

/** A half-open span of source text, from {@code start} up to but not including {@code end}. */
public record Range(Position start, Position end) {

  public Range {
    if (end.offset() < start.offset()) {
      throw new IllegalArgumentException("range ends before it starts: " + start + " > " + end);
    }
  }

  public int length() {
    return end.offset() - start.offset();
  }

  /** The smallest range that covers both. */
  public Range union(Range other) {
    return new Range(
        start.offset() <= other.start.offset() ? start : other.start,
        end.offset() >= other.end.offset() ? end : other.end);
  }

  public boolean contains(int offset) {
    return offset >= start.offset() && offset <= end.offset();
  }
}
