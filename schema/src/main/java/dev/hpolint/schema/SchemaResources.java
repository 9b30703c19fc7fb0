package dev.hpolint.schema;

import java.io.InputStream;

/**
 * Classpath locations of the data this module ships. The core loads everything through here, so a
 * renamed file breaks one constant rather than string literals spread over other modules.
 */
public final class SchemaResources {

  /** JSON Schema 2020-12 of the request, generated from the botocore API model. */
  public static final String REQUEST_SCHEMA =
      "/dev/hpolint/schema/create-hyper-parameter-tuning-job.schema.json";

  /** {@code {"members": [...]}}: top-level members only a Describe response has. Generated. */
  public static final String DESCRIBE_OUTPUT_MEMBERS =
      "/dev/hpolint/schema/describe-output-members.json";

  /** Botocore string shape name to words saying what a value must look like. Hand-written. */
  public static final String PATTERN_WORDS = "/dev/hpolint/schema/pattern-words.json";

  /** Every training instance type with its storage class, local storage and accelerators. */
  public static final String INSTANCE_TYPES = "/dev/hpolint/schema/instance-types.json";

  private SchemaResources() {}

  /**
   * Opens a resource of this module. A missing resource means a broken build, not bad user input,
   * hence an unchecked exception.
   */
  public static InputStream open(String path) {
    InputStream in = SchemaResources.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("hpolint resource not found on the classpath: " + path);
    }
    return in;
  }
}
