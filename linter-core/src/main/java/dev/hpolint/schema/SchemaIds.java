package dev.hpolint.schema;

/** The ids of findings that come from the schema, and of the catalog rules that refine them. */
public final class SchemaIds {
  public static final String REQUIRED = "SCHEMA-REQUIRED";
  public static final String UNKNOWN_FIELD = "SCHEMA-UNKNOWN-FIELD";
  public static final String TYPE = "SCHEMA-TYPE";
  public static final String ENUM = "SCHEMA-ENUM";
  public static final String PATTERN = "SCHEMA-PATTERN";
  public static final String LENGTH = "SCHEMA-LENGTH";
  public static final String SIZE = "SCHEMA-SIZE";
  public static final String RANGE = "SCHEMA-RANGE";
  public static final String ENUM_CASE = "HPO-ENUM-CASE";
  public static final String NAME_PATTERN = "HPO-NAME-PATTERN";
  public static final String DESCRIBE_OUTPUT_ONLY = "HPO-DESCRIBE-OUTPUT-ONLY";

  private SchemaIds() {}
}
