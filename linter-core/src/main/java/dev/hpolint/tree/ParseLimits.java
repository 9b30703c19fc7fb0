package dev.hpolint.tree;

/**
 * Bounds that keep hostile or accidental input (a document nested a hundred thousand levels deep, a
 * YAML alias bomb, a log file pasted by mistake) from exhausting the stack, memory or time. A real
 * tuning-job request is a few kilobytes deep by less than a dozen levels, far inside them.
 *
 * @param maxChars the longest text parsed at all
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxNodes the most values in one file, counting every copy an alias expands to
 */
public record ParseLimits(int maxChars, int maxDepth, int maxNodes) {

  public static final ParseLimits DEFAULT = new ParseLimits(16 * 1024 * 1024, 128, 1_000_000);
}
