package dev.hpolint.schema;

import dev.hpolint.fix.TextEdits;
import dev.hpolint.source.SourceText;
import dev.hpolint.tree.Node;

/** What every schema finding needs to know about the document it is about. */
record FindingContext(SourceText source, Node root, TextEdits edits) {}
