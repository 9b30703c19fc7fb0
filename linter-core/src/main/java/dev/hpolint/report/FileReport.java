package dev.hpolint.report;

import dev.hpolint.api.LintResult;

/** The findings of one file, under the path it is reported as. */
public record FileReport(String path, LintResult result) {}
