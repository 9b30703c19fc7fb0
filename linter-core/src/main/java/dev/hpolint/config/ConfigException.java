package dev.hpolint.config;

/** A configuration or rule file that cannot be used; the message says what and where. */
public final class ConfigException extends Exception {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
