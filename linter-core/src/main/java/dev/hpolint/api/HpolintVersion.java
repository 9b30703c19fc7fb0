package dev.hpolint.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** hpolint's own version, as the build stamped it. */
public final class HpolintVersion {
  private static final String VERSION = load();

  private HpolintVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in =
        HpolintVersion.class.getResourceAsStream("/dev/hpolint/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      // Fall through to "unknown": a missing version must not stop linting.
    }
    String version = properties.getProperty("version", "unknown");
    return version.startsWith("${") ? "unknown" : version;
  }
}
