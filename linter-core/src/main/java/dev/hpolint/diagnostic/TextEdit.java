package dev.hpolint.diagnostic;

import dev.hpolint.source.Range;

/** Replace the text of a range of the original source with new text. */
public record TextEdit(Range range, String newText) {}
