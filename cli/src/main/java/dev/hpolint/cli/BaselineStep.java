package dev.hpolint.cli;

import dev.hpolint.baseline.Baseline;
import dev.hpolint.baseline.BaselineException;
import dev.hpolint.report.FileReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Records a run's findings as a baseline, or leaves out of the run those a baseline records, and
 * tells the user what it did on standard error (the report itself may be machine-read).
 */
final class BaselineStep {
  private final BaselineOptions options;
  private final PrintWriter err;
  private final Baseline baseline;

  private BaselineStep(BaselineOptions options, PrintWriter err, Baseline baseline) {
    this.options = options;
    this.err = err;
    this.baseline = baseline;
  }

  /**
   * Reads the baseline, if one is given, before anything is linted or fixed: a missing or broken
   * baseline stops the run before it changes a file.
   */
  static BaselineStep open(BaselineOptions options, PrintWriter err) throws BaselineException {
    Baseline baseline =
        options.baseline != null && options.writeBaseline == null
            ? Baseline.read(options.baseline)
            : null;
    return new BaselineStep(options, err, baseline);
  }

  /** The reports to show: all of them, or those not in the baseline. */
  List<FileReport> apply(List<FileReport> reports) throws BaselineException {
    if (options.writeBaseline == null && baseline == null) {
      return reports;
    }
    if (options.writeBaseline != null) {
      Baseline recorded = Baseline.of(reports, options.writeBaseline);
      try {
        recorded.write(options.writeBaseline);
      } catch (IOException e) {
        throw new BaselineException(
            "cannot write the baseline " + options.writeBaseline + ": " + FileFinder.describe(e));
      }
      err.println(
          "hpolint: recorded "
              + findings(recorded.size())
              + " in the baseline "
              + options.writeBaseline);
      return reports;
    }
    Baseline.Filtered filtered = baseline.filter(reports);
    if (filtered.baselined() > 0) {
      err.println(
          "hpolint: "
              + findings(filtered.baselined())
              + " left out: recorded in the baseline "
              + options.baseline);
    }
    if (filtered.unmatched() > 0) {
      err.println(
          "hpolint: "
              + findings(filtered.unmatched())
              + " of the baseline no longer "
              + (filtered.unmatched() == 1 ? "occurs" : "occur")
              + "; run with --write-baseline to forget "
              + (filtered.unmatched() == 1 ? "it" : "them"));
    }
    return filtered.files();
  }

  private static String findings(int count) {
    return count + (count == 1 ? " finding" : " findings");
  }
}
