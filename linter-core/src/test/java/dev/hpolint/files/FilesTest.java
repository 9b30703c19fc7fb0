package dev.hpolint.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesTest {
  @TempDir Path dir;

  @Test
  void encodingsRoundTripWithTheirByteOrderMark() {
    String text = "Name: \u00e9t\u00e9\n";
    for (TextEncoding encoding : TextEncoding.values()) {
      byte[] bytes = encoding.encode(text);
      assertThat(TextEncoding.detect(bytes)).isEqualTo(encoding);
    }
    assertThat(TextEncoding.UTF_8_BOM.encode("a")).containsExactly(0xEF, 0xBB, 0xBF, 'a');
    assertThat(TextEncoding.detect(new byte[0])).isEqualTo(TextEncoding.UTF_8);
  }

  @Test
  void atomicWriteReplacesContentKeepsPermissionsAndLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("job.yaml");
    Files.writeString(file, "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-x---"));
    AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rwxr-x---");
    try (Stream<Path> listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }

  @Test
  void atomicWriteMakesFoldersAndReadableNewFilesAndFollowsLinks() throws IOException {
    Path report = dir.resolve("target/hpolint/hpolint.sarif");
    AtomicFiles.write(report, "{}".getBytes(StandardCharsets.UTF_8));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report)))
        .isEqualTo("rw-r--r--");
    Path real = Files.writeString(dir.resolve("real.json"), "old");
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
    AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("new");
  }

  @Test
  void antPatternsMatchAsMavenUsersExpect() {
    assertThat(PathPattern.of("**/*.json").matches("a.json")).isTrue();
    assertThat(PathPattern.of("**/*.json").matches("x/y/a.json")).isTrue();
    assertThat(PathPattern.of("**/*.json").matches("a.yaml")).isFalse();
    assertThat(PathPattern.of("jobs/*.yaml").matches("jobs/a.yaml")).isTrue();
    assertThat(PathPattern.of("jobs/*.yaml").matches("jobs/x/a.yaml")).isFalse();
    assertThat(PathPattern.of("jobs/").matches("jobs/x/a.yaml")).isTrue();
    assertThat(PathPattern.of("job?.json").matches("job1.json")).isTrue();
    assertThat(PathPattern.of("a+b(c).json").matches("a+b(c).json")).isTrue();
    assertThat(PathPattern.of("**/target/**").coversFolder("module/target")).isTrue();
    assertThat(PathPattern.of("**/target/**").coversFolder("targets")).isFalse();
  }

  @Test
  void scanFindsRequestsOnlyAndHonoursExcludes() throws IOException {
    String request = "HyperParameterTuningJobName: a\n";
    write("jobs/a.yaml", request);
    write("b.json", "{\"HyperParameterTuningJobName\": \"b\"}");
    write("package.json", "{\"name\": \"x\"}");
    write("target/copied.yaml", request);
    write("web/node_modules/c.yaml", request);
    write(".git/d.yaml", request);
    write("jobs/skip-me.yaml", request);
    RequestFiles.Scan scan =
        RequestFiles.find(dir, List.of(), concat(RequestFiles.DEFAULT_EXCLUDES, "**/skip-*"));
    assertThat(scan.files()).containsExactly(dir.resolve("b.json"), dir.resolve("jobs/a.yaml"));
    assertThat(scan.problems()).isEmpty();
    RequestFiles.Scan onlyYaml = RequestFiles.find(dir, List.of("jobs/**/*.yaml"), List.of());
    assertThat(onlyYaml.files())
        .containsExactly(dir.resolve("jobs/a.yaml"), dir.resolve("jobs/skip-me.yaml"));
  }

  private static List<String> concat(List<String> list, String more) {
    return Stream.concat(list.stream(), Stream.of(more)).toList();
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
