package dev.hpolint.lsp.settings;

import dev.hpolint.api.LintConfig;

/**
 * The seam for a project's {@code .hpolint.yaml}, the file the command reads too. The loader
 * ({@code dev.hpolint.config} in the core) is being written alongside this server; until it lands,
 * {@link #NONE} is the only implementation and the editor's settings apply alone. Wiring it in is
 * one class: look up the nearest file above the document and return its configuration, and the
 * server lays the editor's settings over it.
 */
@FunctionalInterface
public interface ProjectConfig {

  /** No project file: every document starts from hpolint's defaults. */
  ProjectConfig NONE = documentUri -> LintConfig.DEFAULT;

  /** The configuration of the project a document belongs to. Never throws; never null. */
  LintConfig forDocument(String documentUri);
}
