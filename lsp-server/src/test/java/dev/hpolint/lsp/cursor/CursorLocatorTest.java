package dev.hpolint.lsp.cursor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.lsp.cursor.CursorContext.Slot;
import dev.hpolint.lsp.testing.Marked;
import dev.hpolint.source.SourceText;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The path at the cursor in text as it is while being typed. Each case is a document with the
 * cursor marked {@code %}, and what the scan must make of it: the slot, the pointer of the object
 * or list holding the cursor, the member name (for a value) or the name under the cursor, and the
 * prefix typed so far.
 */
class CursorLocatorTest {

  static Stream<Arguments> yaml() {
    return Stream.of(
        Arguments.of("root, blank document", "%", Slot.MEMBER_NAME, "", "", ""),
        Arguments.of(
            "root, half-typed name",
            "HyperParameterTuningJobName: x\nHyper%",
            Slot.MEMBER_NAME,
            "",
            "Hyper",
            "Hyper"),
        Arguments.of(
            "nested, blank line with indentation",
            "HyperParameterTuningJobConfig:\n  Strategy: Random\n  %\nTrainingJobDefinition: {}",
            Slot.MEMBER_NAME,
            "/HyperParameterTuningJobConfig",
            "",
            ""),
        Arguments.of(
            "value after colon",
            "HyperParameterTuningJobConfig:\n  Strategy: Ba%",
            Slot.MEMBER_VALUE,
            "/HyperParameterTuningJobConfig",
            "Strategy",
            "Ba"),
        Arguments.of(
            "value, quoted",
            "HyperParameterTuningJobConfig:\n  Strategy: 'Ba%'",
            Slot.MEMBER_VALUE,
            "/HyperParameterTuningJobConfig",
            "Strategy",
            "Ba"),
        Arguments.of(
            "value inside a list item (first member on the dash line)",
            "A:\n  Ranges:\n    - Name: a\n      MinValue: '1'\n    - Name: b\n      Scaling%",
            Slot.MEMBER_NAME,
            "/A/Ranges/1",
            "Scaling",
            "Scaling"),
        Arguments.of(
            "value on the dash line",
            "A:\n  Ranges:\n    - Name: a\n    - Name: %",
            Slot.MEMBER_VALUE,
            "/A/Ranges/1",
            "Name",
            ""),
        Arguments.of(
            "compact list (dash at the key's column)",
            "InputDataConfig:\n- ChannelName: train\n  DataSource:\n    S3DataSource:\n      S3Uri: s3://x/%",
            Slot.MEMBER_VALUE,
            "/InputDataConfig/0/DataSource/S3DataSource",
            "S3Uri",
            "s3://x/"),
        Arguments.of("new list item", "Values:\n  - adam\n  - s%", Slot.ITEM, "/Values", "", "s"),
        Arguments.of("flow list item", "Values: [adam, s%]", Slot.ITEM, "/Values", "", "s"),
        Arguments.of(
            "comments and blank lines do not matter",
            "# hpolint\nA:\n  # note\n\n  B:\n    %",
            Slot.MEMBER_NAME,
            "/A/B",
            "",
            ""),
        Arguments.of(
            "broken line above does not matter",
            "A:\n  B: [unclosed\n  C:\n    D: %",
            Slot.MEMBER_VALUE,
            "/A/C",
            "D",
            ""),
        Arguments.of(
            "second document of a stream", "A: 1\n---\nB:\n  %", Slot.MEMBER_NAME, "/B", "", ""),
        Arguments.of(
            "cursor in the middle of an existing name",
            "A:\n  Strat%egy: Random",
            Slot.MEMBER_NAME,
            "/A",
            "Strategy",
            "Strat"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("yaml")
  void yamlPaths(
      String name, String marked, Slot slot, String container, String key, String prefix) {
    CursorContext context = locate("job.yaml", marked);

    assertThat(context.slot()).isEqualTo(slot);
    assertThat(context.containerPointer()).isEqualTo(container);
    assertThat(context.key()).isEqualTo(key);
    assertThat(context.prefix()).isEqualTo(prefix);
  }

  static Stream<Arguments> json() {
    return Stream.of(
        Arguments.of("root, empty object", "{%}", Slot.MEMBER_NAME, "", "", ""),
        Arguments.of("root, unclosed quote", "{\"Hyper%", Slot.MEMBER_NAME, "", "Hyper", "Hyper"),
        Arguments.of(
            "nested, after a comma",
            "{\"HyperParameterTuningJobConfig\": {\"Strategy\": \"Random\", %}}",
            Slot.MEMBER_NAME,
            "/HyperParameterTuningJobConfig",
            "",
            ""),
        Arguments.of(
            "value in an unclosed string",
            "{\"HyperParameterTuningJobConfig\": {\"Strategy\": \"Ba%",
            Slot.MEMBER_VALUE,
            "/HyperParameterTuningJobConfig",
            "Strategy",
            "Ba"),
        Arguments.of(
            "value, nothing typed yet",
            "{\"A\": {\"Strategy\": %}}",
            Slot.MEMBER_VALUE,
            "/A",
            "Strategy",
            ""),
        Arguments.of(
            "list item object",
            "{\"A\": [{\"Name\": \"x\"}, {\"Name\": \"y\", \"Sc%\"}]}",
            Slot.MEMBER_NAME,
            "/A/1",
            "Sc",
            "Sc"),
        Arguments.of(
            "list of strings", "{\"Values\": [\"adam\", \"s%", Slot.ITEM, "/Values", "", "s"),
        Arguments.of(
            "unquoted word where a name goes",
            "{\"A\": {\n  Strat%\n}}",
            Slot.MEMBER_NAME,
            "/A",
            "Strat",
            "Strat"),
        Arguments.of(
            "escaped quote inside an earlier string",
            "{\"A\": {\"B\": \"say \\\"hi\\\"\", \"C\": %}}",
            Slot.MEMBER_VALUE,
            "/A",
            "C",
            ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("json")
  void jsonPaths(
      String name, String marked, Slot slot, String container, String key, String prefix) {
    CursorContext context = locate("job.json", marked);

    assertThat(context.slot()).isEqualTo(slot);
    assertThat(context.containerPointer()).isEqualTo(container);
    assertThat(context.key()).isEqualTo(key);
    assertThat(context.prefix()).isEqualTo(prefix);
  }

  @Test
  void yamlSiblingsAboveAndBelowTheCursorAreFound() {
    CursorContext context =
        locate("job.yaml", "A:\n  B: 1\n  C:\n    X: 1\n  %\n  D: 2\n  # c\n  E:\n    Y: 2\nF: 3");

    assertThat(context.siblings()).containsExactlyInAnyOrder("B", "C", "D", "E");
  }

  @Test
  void yamlSiblingsOfAListItemStopAtTheNextItem() {
    CursorContext context =
        locate(
            "job.yaml",
            "R:\n  - Name: a\n    %\n    MaxValue: '2'\n  - Name: b\n    MinValue: '1'");

    assertThat(context.containerPointer()).isEqualTo("/R/0");
    assertThat(context.siblings()).containsExactlyInAnyOrder("Name", "MaxValue");
  }

  @Test
  void jsonSiblingsAboveAndBelowTheCursorAreFound() {
    CursorContext context =
        locate(
            "job.json",
            "{\"A\": {\"B\": 1, \"C\": {\"X\": 1}, \"%\", \"D\": [\"E\"], \"F\": 2}, \"G\": 3}");

    assertThat(context.siblings()).containsExactlyInAnyOrder("B", "C", "D", "F");
    assertThat(context.hasColon()).isFalse();
    assertThat(context.memberFollows()).as("a comma is already there").isFalse();
  }

  @Test
  void aNameTypedBeforeAnotherMemberNeedsAComma() {
    CursorContext context = locate("job.json", "{\"A\": {\n  %\n  \"B\": 1}}");

    assertThat(context.memberFollows()).isTrue();
  }

  @Test
  void jsonMissingCommaOnAnEarlierLineIsNoted() {
    Marked marked = Marked.parse("{\n  \"A\": 1\n  %\n}");
    CursorContext context =
        CursorLocator.locate(SourceText.of("job.json", marked.text()), marked.offset())
            .orElseThrow();

    assertThat(context.slot()).isEqualTo(Slot.MEMBER_NAME);
    assertThat(context.missingCommaAt()).isEqualTo(marked.text().indexOf("1") + 1);
  }

  @Test
  void rightAfterAValueOnItsLineThereIsNothingToComplete() {
    Marked marked = Marked.parse("{\"A\": 1 %}");

    assertThat(CursorLocator.locate(SourceText.of("job.json", marked.text()), marked.offset()))
        .isEmpty();
  }

  @Test
  void aCommentIsNotCompleted() {
    Marked marked = Marked.parse("A:\n  # Strat%");

    assertThat(CursorLocator.locate(SourceText.of("job.yaml", marked.text()), marked.offset()))
        .isEmpty();
  }

  private static CursorContext locate(String name, String markedText) {
    Marked marked = Marked.parse(markedText);
    return CursorLocator.locate(SourceText.of(name, marked.text()), marked.offset())
        .orElseThrow(() -> new AssertionError("no context in " + markedText));
  }
}
