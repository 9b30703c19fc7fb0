package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.google.gson.JsonParser;
import dev.hpolint.api.LintConfig;
import dev.hpolint.api.Linter;
import dev.hpolint.lsp.settings.RuleSetting;
import dev.hpolint.lsp.settings.SettingsReader;
import dev.hpolint.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The editor setups that CI cannot run in their editor (IntelliJ, Helix and Sublime Text are not in
 * Debian's packages, VS Code's settings need VS Code): each must parse, start {@code java -jar ...
 * lsp}, cover JSON and YAML, and carry settings the server reads without a warning.
 */
class EditorSnippetsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EDITORS =
      Path.of(System.getProperty("user.dir")).resolve("../editors").normalize();

  private final EditorSnippets snippets = EditorSnippets.fromRepository();
  private final SettingsReader settingsReader =
      new SettingsReader(
          Linter.create(LintConfig.DEFAULT).rules().stream()
              .map(RuleInfo::id)
              .collect(Collectors.toSet()));

  @Test
  void thePageHasASetupForEveryEditor() {
    assertThat(snippets.all())
        .containsKeys(
            "settings",
            "vscode-install",
            "vscode-settings",
            "neovim-0.11",
            "neovim-0.9",
            "emacs-eglot",
            "helix",
            "sublime");
    for (String name : List.of("neovim-0.11", "neovim-0.9", "emacs-eglot", "sublime")) {
      assertThat(snippets.get(name)).as(name).contains("hpolint.jar").contains("lsp");
    }
  }

  @Test
  void theSettingsExampleIsOneTheServerReads() throws IOException {
    assertAccepted(JSON.readTree(snippets.get("settings")));
  }

  @Test
  void sublimeStartsTheServerForJsonAndYamlWithReadableSettings() throws IOException {
    JsonNode client = JSON.readTree(snippets.get("sublime")).path("clients").path("hpolint");

    assertThat(client.path("enabled").asBoolean()).isTrue();
    assertThat(strings(client.path("command")))
        .containsExactly("java", "-jar", "${home}/.local/share/hpolint/hpolint.jar", "lsp");
    assertThat(client.path("selector").asText()).contains("source.json").contains("source.yaml");
    assertAccepted(client.path("initializationOptions"));
    assertAccepted(client.path("settings"));
  }

  @Test
  void helixAddsTheServerBesideTheDefaultOnesWithReadableSettings() throws IOException {
    JsonNode config = new TomlMapper().readTree(snippets.get("helix"));
    JsonNode server = config.path("language-server").path("hpolint");

    assertThat(server.path("command").asText()).isEqualTo("java");
    List<String> args = strings(server.path("args"));
    assertThat(args).hasSize(3).startsWith("-jar").endsWith("lsp");
    assertThat(args.get(1)).endsWith("/.local/share/hpolint/hpolint.jar");
    assertAccepted(server.path("config"));
    List<String> languages = new ArrayList<>();
    for (JsonNode language : config.path("language")) {
      assertThat(strings(language.path("language-servers"))).contains("hpolint");
      languages.add(language.path("name").asText());
    }
    assertThat(languages).containsExactlyInAnyOrder("json", "yaml");
  }

  @Test
  void theIntellijTemplateStartsTheServerForJsonAndYamlWithReadableSettings() throws IOException {
    Path template = EDITORS.resolve("intellij/lsp4ij-template");
    JsonNode descriptor = JSON.readTree(template.resolve("template.json").toFile());

    assertThat(descriptor.path("name").asText()).isEqualTo("hpolint");
    for (String os : List.of("default", "windows")) {
      assertThat(descriptor.path("programArgs").path(os).asText())
          .as(os)
          .startsWith("java -jar \"")
          .contains("hpolint.jar\"")
          .endsWith(" lsp");
    }
    List<String> languages = new ArrayList<>();
    descriptor.path("languageMappings").forEach(m -> languages.add(m.path("language").asText()));
    assertThat(languages).containsExactly("JSON", "yaml");
    assertAccepted(JSON.readTree(template.resolve("initializationOptions.json").toFile()));
    assertAccepted(JSON.readTree(template.resolve("settings.json").toFile()));
    assertThat(template.resolve("README.md")).exists();
  }

  @Test
  void vscodeSettingsAreOnesTheExtensionDeclares() throws IOException {
    JsonNode settings = JSON.readTree(snippets.get("vscode-settings"));
    JsonNode declared =
        JSON.readTree(EDITORS.resolve("vscode/package.json").toFile())
            .path("contributes")
            .path("configuration")
            .path("properties");

    settings
        .fieldNames()
        .forEachRemaining(name -> assertThat(declared.has(name)).as(name).isTrue());
    assertAccepted(JSON.createObjectNode().set("rules", settings.path("hpolint.rules")));
  }

  @Test
  void theExtensionOffersExactlyTheLevelsTheServerReads() throws IOException {
    JsonNode levels =
        JSON.readTree(EDITORS.resolve("vscode/package.json").toFile())
            .at("/contributes/configuration/properties/hpolint.rules/additionalProperties/enum");

    assertThat(strings(levels))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(RuleSetting.values())
                .map(setting -> setting.name().toLowerCase(Locale.ROOT))
                .toList());
  }

  /** The server would apply these settings whole: no part of them ignored with a warning. */
  private void assertAccepted(JsonNode settings) {
    assertThat(settings.isObject()).as("settings object: %s", settings).isTrue();
    SettingsReader.Read read = settingsReader.read(JsonParser.parseString(settings.toString()));
    assertThat(read.warnings()).as("the server's warnings about %s", settings).isEmpty();
    assertThat(read.settings().rules()).as("rules in %s", settings).isNotEmpty();
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asText()));
    return strings;
  }
}
