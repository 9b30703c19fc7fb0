package dev.hpolint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

  @Test
  void everyFormatTheHelpNamesWritesAReport() throws IOException {
    assertThat(ReportFormats.names())
        .containsExactly("text", "json", "sarif", "junit", "checkstyle", "github");
    ReportContext context = ReportContext.of(Samples.LINTER.rules());
    for (String name : ReportFormats.names()) {
      ReportFormat format = ReportFormats.byName(name).orElseThrow();
      StringBuilder out = new StringBuilder();
      format.create(context).write(Samples.brokenRun(), out);
      assertThat(out).as(name).isNotEmpty();
      assertThat(format.defaultFileName()).contains("hpolint");
    }
  }

  @Test
  void namesAreFoundInAnyCaseAndUnknownOnesAreNot() {
    assertThat(ReportFormats.byName(" SARIF ")).isPresent();
    assertThat(ReportFormats.byName("xml")).isEmpty();
    assertThat(ReportFormats.byName(null)).isEmpty();
  }
}
