package dev.hpolint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hpolint.rules.builtin.StandardFunctions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The rule writers' manual documents every function of the registry, with an example. */
class ManualCoversFunctionsTest {
  private static final Path MANUAL =
      Path.of("../schema/src/main/resources/dev/hpolint/schema/rules/README.md");

  @Test
  void everyFunctionHasARowInTheManual() throws IOException {
    String manual = Files.readString(MANUAL);
    for (String name : StandardFunctions.registry().names()) {
      assertThat(manual).as("the manual entry of " + name + "()").contains("`" + name + "(");
    }
  }
}
