package dev.hpolint.diagnostic;

import dev.hpolint.source.Range;

/** A second place a finding involves, such as the first use of a duplicated name. */
public record RelatedLocation(Range range, String message) {}
