package dev.hpolint.tree;

import dev.hpolint.source.Range;

/**
 * One document of a file: JSON files hold one, YAML files may hold several separated by {@code
 * ---}. The root is null when the document holds nothing at all.
 */
public record ParsedDocument(int index, Node root, Range range) {}
