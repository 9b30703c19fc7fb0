package dev.hpolint.lsp.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import dev.hpolint.diagnostic.Severity;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsReaderTest {
  final SettingsReader reader = new SettingsReader(Set.of("HPO-ENUM-CASE", "SCHEMA-TYPE"));

  SettingsReader.Read read(String json) {
    return reader.read(JsonParser.parseString(json));
  }

  @Test
  void theSectionMayComeWrappedInItsNameOrBare() {
    Map<String, RuleSetting> expected = Map.of("HPO-ENUM-CASE", RuleSetting.OFF);

    assertThat(read("{\"hpolint\": {\"rules\": {\"HPO-ENUM-CASE\": \"off\"}}}").settings().rules())
        .isEqualTo(expected);
    assertThat(read("{\"rules\": {\"HPO-ENUM-CASE\": \"Off\"}}").settings().rules())
        .isEqualTo(expected);
  }

  @Test
  void nothingMeansDefaults() {
    assertThat(reader.read(null).settings()).isEqualTo(ServerSettings.DEFAULT);
    assertThat(read("null").settings()).isEqualTo(ServerSettings.DEFAULT);
    assertThat(read("{}").warnings()).isEmpty();
  }

  @Test
  void eachBadValueIsDroppedWithAWarningAndTheRestApplies() {
    SettingsReader.Read read =
        read(
            "{\"hpolint\": {\"rules\": {\"HPO-ENUM-CASE\": \"loud\", \"SCHEMA-TYPE\": \"warning\", \"NOPE\": \"off\", \"X\": 1}, \"extra\": 2}}");

    assertThat(read.settings().rules()).isEqualTo(Map.of("SCHEMA-TYPE", RuleSetting.WARNING));
    assertThat(read.warnings()).hasSize(4);
  }

  @Test
  void wrongShapesAreWarnedAbout() {
    assertThat(read("[1]").warnings()).singleElement().asString().contains("must be an object");
    assertThat(read("{\"hpolint\": 5}").warnings())
        .singleElement()
        .asString()
        .contains("must be an object");
    assertThat(read("{\"rules\": [\"off\"]}").warnings())
        .singleElement()
        .asString()
        .contains("hpolint.rules");
  }

  @Test
  void settingsBecomeTheLintConfiguration() {
    ServerSettings settings =
        new ServerSettings(
            Map.of("HPO-ENUM-CASE", RuleSetting.OFF, "SCHEMA-TYPE", RuleSetting.INFO));

    var config = settings.applyTo(dev.hpolint.api.LintConfig.DEFAULT);

    assertThat(config.disabledRules()).containsExactly("HPO-ENUM-CASE");
    assertThat(config.severities()).isEqualTo(Map.of("SCHEMA-TYPE", Severity.INFO));
  }
}
