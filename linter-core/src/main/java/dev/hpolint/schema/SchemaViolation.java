package dev.hpolint.schema;

/**
 * One failed schema keyword, in terms that do not depend on the validator library.
 *
 * @param keyword the JSON Schema keyword that failed (required, enum, pattern, ...)
 * @param pointer the JSON Pointer of the instance that failed
 * @param property for required and additionalProperties, the member concerned; else null
 */
public record SchemaViolation(String keyword, String pointer, String property) {}
