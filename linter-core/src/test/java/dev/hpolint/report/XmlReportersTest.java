package dev.hpolint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.api.LintResult;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.source.SourceText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XmlReportersTest {

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String write(Reporter reporter, List<FileReport> files) throws Exception {
    StringBuilder out = new StringBuilder();
    reporter.write(files, out);
    return out.toString();
  }

  @Test
  void junitHasOneSuitePerFileAndFailsWhatReachesTheThreshold() throws Exception {
    List<FileReport> files = List.of(Samples.awkward(), Samples.brokenRun().get(0));
    Document xml = parse(write(new JunitReporter(Severity.WARNING), files));
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element odd = (Element) suites.item(0);
    assertThat(odd.getAttribute("name")).isEqualTo("odd.json");
    assertThat(odd.getAttribute("tests")).isEqualTo("2");
    // The warning fails at --fail-on warning, the info does not.
    assertThat(odd.getAttribute("failures")).isEqualTo("1");
    Element failure = (Element) odd.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("DUPLICATE-KEY");
    assertThat(failure.getAttribute("message"))
        .startsWith("A appears twice: <first> & \"second\", 100% sure,\nsee line 2")
        .doesNotContain("\u0001");
    assertThat(failure.getTextContent()).startsWith("odd.json:3:3: warning DUPLICATE-KEY");
    assertThat(odd.getElementsByTagName("system-out").item(0).getTextContent()).contains("Advice");
    int failures = Integer.parseInt(root.getAttribute("failures"));
    assertThat(failures).isEqualTo(xml.getElementsByTagName("failure").getLength());
  }

  @Test
  void junitWithoutAThresholdFailsNothingAndACleanFileStillShows() throws Exception {
    FileReport clean =
        new FileReport(
            "clean.json", new LintResult(SourceText.of("clean.json", "{}"), List.of(), 0));
    Document xml = parse(write(new JunitReporter(null), List.of(Samples.awkward(), clean)));
    assertThat(xml.getElementsByTagName("failure").getLength()).isZero();
    Element cleanSuite = (Element) xml.getElementsByTagName("testsuite").item(1);
    assertThat(cleanSuite.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    assertThat(cleanSuite.getAttribute("tests")).isEqualTo("1");
  }

  @Test
  void checkstyleListsEveryFindingWithItsRuleAsSource() throws Exception {
    Document xml = parse(write(new CheckstyleReporter(), List.of(Samples.awkward())));
    Element root = xml.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("checkstyle");
    assertThat(root.getAttribute("version")).isEqualTo("8.0");
    Element file = (Element) root.getElementsByTagName("file").item(0);
    assertThat(file.getAttribute("name")).isEqualTo("odd.json");
    Element error = (Element) file.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("line")).isEqualTo("3");
    assertThat(error.getAttribute("column")).isEqualTo("3");
    assertThat(error.getAttribute("severity")).isEqualTo("warning");
    assertThat(error.getAttribute("source")).isEqualTo("DUPLICATE-KEY");
    assertThat(error.getAttribute("message")).contains("\nsee line 2");
    assertThat(((Element) file.getElementsByTagName("error").item(1)).getAttribute("severity"))
        .isEqualTo("info");
  }
}
