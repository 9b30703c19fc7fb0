package dev.hpolint.source;

/**
 * A place in a source text. Lines and columns are zero-based and count UTF-16 code units, the unit
 * of Java strings and of the Language Server Protocol; front ends add one when they print them.
 */
public record Position(int offset, int line, int column) implements Comparable<Position> {

  @Override
  public int compareTo(Position other) {
    return Integer.compare(offset, other.offset);
  }
}
