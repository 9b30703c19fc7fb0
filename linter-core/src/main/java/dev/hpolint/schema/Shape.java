package dev.hpolint.schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One shape of the API model as the schema describes it: an object with members, a map, a list or a
 * scalar with its constraints. Null fields mean "no such constraint".
 *
 * @param name the botocore shape name, which is also the schema's {@code $defs} key
 * @param type the JSON type: object, array, string, integer, number or boolean
 * @param isMap true for an object whose keys are free (a botocore map), false for a structure
 * @param keyShape for a map, the shape name of its keys (for their constraints and words)
 * @param keyConstraints for a map, the constraints on its keys
 */
public record Shape(
    String name,
    String type,
    String description,
    Map<String, Property> properties,
    List<String> required,
    List<String> enumValues,
    String pattern,
    Integer minLength,
    Integer maxLength,
    BigDecimal minimum,
    BigDecimal maximum,
    Integer minItems,
    Integer maxItems,
    Integer minProperties,
    Integer maxProperties,
    String itemShape,
    String valueShape,
    boolean isMap,
    String keyShape,
    Shape keyConstraints) {

  public boolean isStructure() {
    return "object".equals(type) && !isMap;
  }

  public boolean isList() {
    return "array".equals(type);
  }

  /** The members of a structure, each with the shape of its value. */
  public record Property(String name, String shape, String description, boolean required) {}
}
