package dev.hpolint.schema;

import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.RegularExpression;
import dev.hpolint.tree.ArrayNode;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The adapter around the JSON Schema validator (networknt json-schema-validator): the only class
 * that knows the library, so that another version or another library touches this file alone. The
 * schema is compiled once, when the validator is made; validating is thread-safe.
 */
public final class SchemaValidator {
  private final JsonSchema schema;
  private final SchemaModel model;

  public SchemaValidator(SchemaModel model) {
    this.model = model;
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(false)
            // The API's patterns must match the whole value. The schema anchors them with ^ and
            // $ for other tools, but Java's $ also matches before a final line break, so the
            // match is made whole here.
            .regularExpressionFactory(SchemaValidator::wholeMatch)
            .build();
    // The generator annotates shapes with x-hpolint-* keywords. Declared here as annotations, the
    // validator leaves them alone instead of logging a warning for each, which a Maven build (whose
    // logger shows the library's warnings) would print on every run.
    JsonMetaSchema metaSchema =
        JsonMetaSchema.builder(JsonMetaSchema.getV202012())
            .keyword(new NonValidationKeyword("x-hpolint-api-model"))
            .keyword(new NonValidationKeyword("x-hpolint-shape"))
            .build();
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012, builder -> builder.metaSchema(metaSchema));
    this.schema = factory.getSchema(model.schemaDocument(), config);
    this.schema.initializeValidators();
  }

  public List<SchemaViolation> validate(Node root) {
    Set<ValidationMessage> messages = schema.validate(JacksonTree.convert(root));
    List<SchemaViolation> violations = new ArrayList<>(messages.size());
    for (ValidationMessage message : messages) {
      violations.add(
          new SchemaViolation(
              message.getType(), message.getInstanceLocation().toString(), message.getProperty()));
    }
    addDecimalsWhereIntegersBelong(root, violations);
    return violations;
  }

  /**
   * JSON Schema counts 1.0 as an integer, but the AWS SDKs refuse a float where the API wants an
   * integer (botocore: "Invalid type for parameter"), so a number written with a fraction or an
   * exponent in an integer member is a type violation here.
   */
  private void addDecimalsWhereIntegersBelong(Node root, List<SchemaViolation> violations) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof ObjectNode object) {
        object.effectiveMembers().forEach(member -> pending.push(member.value()));
      } else if (node instanceof ArrayNode array) {
        array.items().forEach(pending::push);
      } else if (node instanceof NumberNode number
          && number.isFinite()
          && number.isIntegral()
          && !number.isIntegerLiteral()) {
        Shape shape = model.shapeAt(number.pointer());
        if (shape != null && "integer".equals(shape.type())) {
          violations.add(new SchemaViolation("type", number.pointer(), null));
        }
      }
    }
  }

  private static RegularExpression wholeMatch(String regex) {
    Pattern pattern = Pattern.compile(regex);
    return value -> pattern.matcher(value).matches();
  }
}
