package dev.hpolint.rules;

import dev.hpolint.source.SourceText;
import dev.hpolint.tree.ObjectNode;

/** One document under check: its text and its root object. */
public record DocumentContext(SourceText source, ObjectNode root, int documentIndex) {}
