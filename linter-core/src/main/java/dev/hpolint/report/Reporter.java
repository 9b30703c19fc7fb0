package dev.hpolint.report;

import java.io.IOException;
import java.util.List;

/** Writes the findings of a run in one format. */
public interface Reporter {

  void write(List<FileReport> files, Appendable out) throws IOException;
}
