package dev.hpolint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LspCommandTest {

  @Test
  void aPortOutOfRangeIsAUsageError() {
    assertThat(Main.run("lsp", "--port", "70000")).isEqualTo(2);
  }

  @Test
  void portAndStdioTogetherAreAUsageError() {
    assertThat(Main.run("lsp", "--port", "0", "--stdio")).isEqualTo(2);
  }

  @Test
  void helpDescribesTheServer() {
    assertThat(Main.run("lsp", "--help")).isZero();
  }
}
