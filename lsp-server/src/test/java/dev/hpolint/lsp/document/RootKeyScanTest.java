package dev.hpolint.lsp.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fast pre-check may say "do not know" (false) freely, but must never say yes wrongly. */
class RootKeyScanTest {
  static final Set<String> KEYS =
      Set.of("HyperParameterTuningJobConfig", "HyperParameterTuningJobName");

  @Test
  void yamlRootKeysAtColumnZero() {
    assertThat(RootKeyScan.yamlNamesRootKey("# c\nHyperParameterTuningJobName: x\n")).isTrue();
    assertThat(RootKeyScan.yamlNamesRootKey("Tags: []\n'HyperParameterTuningJobConfig':\n  a: 1"))
        .isTrue();
    assertThat(RootKeyScan.yamlNamesRootKey("HyperParameterTuningJobConfig:")).isTrue();
  }

  @Test
  void yamlNestedOrLookalikeKeysAreNotAYes() {
    assertThat(RootKeyScan.yamlNamesRootKey("a:\n  HyperParameterTuningJobName: x\n")).isFalse();
    assertThat(RootKeyScan.yamlNamesRootKey("HyperParameterTuningJobNames: x\n")).isFalse();
    assertThat(RootKeyScan.yamlNamesRootKey("note: HyperParameterTuningJobName: x\n")).isFalse();
    assertThat(RootKeyScan.yamlNamesRootKey("HyperParameterTuningJobName:x\n")).isFalse();
  }

  @Test
  void jsonKeysOfTheOutermostObjectOnly() {
    assertThat(
            RootKeyScan.jsonNamesRootKey(
                "{\"a\": {\"b\": 1}, \"HyperParameterTuningJobName\" : \"x\"}", KEYS))
        .isTrue();
    assertThat(
            RootKeyScan.jsonNamesRootKey("{\"a\": {\"HyperParameterTuningJobName\": \"x\"}}", KEYS))
        .isFalse();
    assertThat(RootKeyScan.jsonNamesRootKey("{\"a\": \"HyperParameterTuningJobName\"}", KEYS))
        .isFalse();
    assertThat(RootKeyScan.jsonNamesRootKey("[{\"HyperParameterTuningJobName\": 1}]", KEYS))
        .isFalse();
    assertThat(
            RootKeyScan.jsonNamesRootKey(
                "{\"a\": \"x\\\"y\", \"HyperParameterTuningJobConfig\": {}}", KEYS))
        .isTrue();
    assertThat(
            RootKeyScan.jsonNamesRootKey(
                "{\"a\": \"unclosed\n\"HyperParameterTuningJobConfig\": {}}", KEYS))
        .isFalse();
  }
}
