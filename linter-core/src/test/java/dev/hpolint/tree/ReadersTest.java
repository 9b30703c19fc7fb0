package dev.hpolint.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.source.Range;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadersTest {

  private static ParseResult json(String text) {
    return new JsonReader(ParseLimits.DEFAULT).read(new SourceText("t.json", text, Syntax.JSON));
  }

  private static ParseResult yaml(String text) {
    return new YamlReader(ParseLimits.DEFAULT).read(new SourceText("t.yaml", text, Syntax.YAML));
  }

  private static String slice(String text, Range range) {
    return text.substring(range.start().offset(), range.end().offset());
  }

  @Test
  void jsonKeysAndValuesCarryExactRanges() {
    String text = "{\n  \"A\": \"x\\\"y\",\n  \"B\": [1, 2.5e3, true, null],\n  \"C\": {}\n}";
    ParseResult result = json(text);
    assertThat(result.problems()).isEmpty();
    ObjectNode root = (ObjectNode) result.documents().get(0).root();
    Member a = root.member("A");
    assertThat(slice(text, a.key().range())).isEqualTo("\"A\"");
    assertThat(slice(text, a.value().range())).isEqualTo("\"x\\\"y\"");
    assertThat(((StringNode) a.value()).value()).isEqualTo("x\"y");
    assertThat(a.value().range().start().line()).isEqualTo(1);
    assertThat(a.value().range().start().column()).isEqualTo(7);
    ArrayNode b = (ArrayNode) root.get("B");
    assertThat(slice(text, b.range())).isEqualTo("[1, 2.5e3, true, null]");
    assertThat(slice(text, b.items().get(1).range())).isEqualTo("2.5e3");
    assertThat(b.items().get(3).pointer()).isEqualTo("/B/3");
    assertThat(slice(text, root.get("C").range())).isEqualTo("{}");
    assertThat(slice(text, root.range())).isEqualTo(text);
  }

  @Test
  void yamlKeysAndValuesCarryExactRangesAndYaml12CoreTypes() {
    String text =
        "# comment\nA: plain text\nB:\n  - 'quoted'\n  - 0.1\n  - true\n  - ~\n  - Off\nC: \"5\"\n";
    ParseResult result = yaml(text);
    assertThat(result.problems()).isEmpty();
    ObjectNode root = (ObjectNode) result.documents().get(0).root();
    assertThat(slice(text, root.member("A").key().range())).isEqualTo("A");
    assertThat(slice(text, root.get("A").range())).isEqualTo("plain text");
    ArrayNode b = (ArrayNode) root.get("B");
    assertThat(b.items().get(0)).isInstanceOf(StringNode.class);
    assertThat(slice(text, b.items().get(0).range())).isEqualTo("'quoted'");
    assertThat(b.items().get(1)).isInstanceOf(NumberNode.class);
    assertThat(b.items().get(2)).isInstanceOf(BooleanNode.class);
    assertThat(b.items().get(3)).isInstanceOf(NullNode.class);
    // The AWS CLI reads YAML 1.2: Off is text, though PyYAML would read the boolean False.
    StringNode off = (StringNode) b.items().get(4);
    assertThat(off.value()).isEqualTo("Off");
    assertThat(off.yaml11Reading()).isEqualTo("the boolean False");
    assertThat(root.get("C")).isInstanceOf(StringNode.class);
    assertThat(root.get("A").range().start().line()).isEqualTo(1);
    assertThat(root.get("A").range().start().column()).isEqualTo(3);
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondOccurrence() {
    for (ParseResult result : List.of(json("{\"A\": 1,\n \"A\": 2}"), yaml("A: 1\nA: 2\n"))) {
      assertThat(result.problems()).hasSize(1);
      Diagnostic problem = result.problems().get(0);
      assertThat(problem.ruleId()).isEqualTo("SYNTAX-DUPLICATE-KEY");
      assertThat(problem.range().start().line()).isEqualTo(1);
      assertThat(problem.pointer()).isEqualTo("/A");
      assertThat(problem.related()).hasSize(1);
      ObjectNode root = (ObjectNode) result.documents().get(0).root();
      assertThat(((NumberNode) root.get("A")).raw()).isEqualTo("2");
    }
  }

  @Test
  void jsonSyntaxErrorsHavePositionsAndPlainMessages() {
    Diagnostic trailing = json("{\n  \"A\": 1,\n}").problems().get(0);
    assertThat(trailing.ruleId()).isEqualTo("SYNTAX-ERROR");
    assertThat(trailing.message()).contains("Trailing comma");
    assertThat(trailing.range().start().line()).isEqualTo(2);

    Diagnostic python = json("{\"A\": True}").problems().get(0);
    assertThat(python.message()).contains("true or false");
    assertThat(python.range().start().column()).isEqualTo(6);

    Diagnostic truncated = json("{\"A\": [1, 2").problems().get(0);
    assertThat(truncated.message()).contains("ends before");
  }

  @Test
  void yamlSyntaxErrorsHavePositions() {
    Diagnostic tab = yaml("A:\n\tB: 1\n").problems().get(0);
    assertThat(tab.ruleId()).isEqualTo("SYNTAX-ERROR");
    assertThat(tab.range().start().line()).isEqualTo(1);
  }

  @Test
  void yamlAliasesAndMergeKeysAreExpanded() {
    String text = "base: &b\n  X: 1\n  Y: 2\nuse:\n  <<: *b\n  Y: 3\ncopy: *b\n";
    ParseResult result = yaml(text);
    assertThat(result.problems()).isEmpty();
    ObjectNode root = (ObjectNode) result.documents().get(0).root();
    ObjectNode use = (ObjectNode) root.get("use");
    assertThat(((NumberNode) use.get("X")).raw()).isEqualTo("1");
    assertThat(((NumberNode) use.get("Y")).raw()).isEqualTo("3");
    assertThat(use.has("<<")).isFalse();
    ObjectNode copy = (ObjectNode) root.get("copy");
    assertThat(copy.get("X").pointer()).isEqualTo("/copy/X");
  }

  @Test
  void yamlMultiDocumentStreamsGiveOneDocumentEach() {
    ParseResult result = yaml("A: 1\n---\nB: 2\n");
    assertThat(result.documents()).hasSize(2);
    assertThat(result.documents().get(1).root()).isInstanceOf(ObjectNode.class);
  }

  @Test
  void aliasBombsStopAtTheNodeLimit() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'k'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      bomb.append("]\n");
      previous = c;
    }
    ParseResult result = yaml(bomb.toString());
    assertThat(result.problems()).extracting(Diagnostic::ruleId).containsExactly("INPUT-LIMIT");
  }

  @Test
  void deepNestingStopsWithAPositionInsteadOfOverflowingTheStack() {
    String deepJson = "[".repeat(100_000) + "]".repeat(100_000);
    Diagnostic json = json(deepJson).problems().get(0);
    assertThat(json.ruleId()).isEqualTo("INPUT-LIMIT");
    assertThat(json.range().start().offset()).isEqualTo(ParseLimits.DEFAULT.maxDepth());

    String deepYaml = "[".repeat(100_000) + "]".repeat(100_000);
    Diagnostic yaml = yaml(deepYaml).problems().get(0);
    assertThat(yaml.ruleId()).isEqualTo("INPUT-LIMIT");
  }

  @Test
  void supplementaryCharactersDoNotShiftYamlRanges() {
    String text = "A: \"\uD83D\uDE00\"\nB: x\n";
    ObjectNode root = (ObjectNode) yaml(text).documents().get(0).root();
    assertThat(slice(text, root.get("B").range())).isEqualTo("x");
  }
}
