package dev.hpolint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

  private static String write(List<FileReport> files) throws IOException {
    StringBuilder out = new StringBuilder();
    new GithubReporter(Path.of("")).write(files, out);
    return out.toString();
  }

  @Test
  void eachFindingIsOneWorkflowCommandWithItsSpanAndRule() throws IOException {
    String out = write(Samples.brokenRun());
    assertThat(out)
        .contains(
            "::error file=jobs/with space/broken.yaml,line=4,col=13,endLine=4,endColumn=21,"
                + "title=HPO-ENUM-CASE::Strategy must be spelt exactly Bayesian");
    assertThat(out.lines().filter(l -> l.startsWith("::")).count())
        .isEqualTo(Samples.brokenRun().get(0).result().diagnostics().size());
    assertThat(out).endsWith("in 1 file.\n");
  }

  @Test
  void messagesAndPropertiesAreEscapedAsGithubRequires() throws IOException {
    String line = write(List.of(Samples.awkward())).lines().findFirst().orElseThrow();
    assertThat(line)
        .startsWith(
            "::warning file=odd.json,line=3,col=3,endLine=3,endColumn=6,title=DUPLICATE-KEY::")
        .endsWith("<first> & \"second\", 100%25 sure,%0Asee line 2\u0001");
    assertThat(GithubReporter.property("a:b,c%d\r\n")).isEqualTo("a%3Ab%2Cc%25d%0D%0A");
  }

  @Test
  void infoBecomesANotice() throws IOException {
    assertThat(write(List.of(Samples.awkward()))).contains("::notice file=odd.json,line=1,col=1");
  }
}
