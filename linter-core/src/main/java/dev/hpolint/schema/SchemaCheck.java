package dev.hpolint.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.rules.Check;
import dev.hpolint.rules.DocumentContext;
import dev.hpolint.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Checks every field constraint of the API model: the {@code SCHEMA-*} findings and their
 * refinements.
 */
public final class SchemaCheck implements Check {
  public static final String OUTPUT_MEMBERS_RESOURCE =
      "/dev/hpolint/schema/describe-output-members.json";

  private static final List<RuleInfo> RULES =
      List.of(
          RuleInfo.builtIn(SchemaIds.REQUIRED, Severity.ERROR, "A required member is missing"),
          RuleInfo.builtIn(
              SchemaIds.UNKNOWN_FIELD, Severity.ERROR, "A member the API does not define"),
          RuleInfo.builtIn(SchemaIds.TYPE, Severity.ERROR, "A value of the wrong JSON type"),
          RuleInfo.builtIn(SchemaIds.ENUM, Severity.ERROR, "A value outside the allowed set"),
          RuleInfo.builtIn(
              SchemaIds.PATTERN, Severity.ERROR, "A string that does not have the required form"),
          RuleInfo.builtIn(
              SchemaIds.LENGTH, Severity.ERROR, "A string shorter or longer than allowed"),
          RuleInfo.builtIn(SchemaIds.SIZE, Severity.ERROR, "Too few or too many items or entries"),
          RuleInfo.builtIn(
              SchemaIds.RANGE, Severity.ERROR, "A number below its minimum or above its maximum"),
          RuleInfo.builtIn(
              SchemaIds.ENUM_CASE,
              Severity.ERROR,
              "An allowed value written in the wrong letter case"),
          RuleInfo.builtIn(
              SchemaIds.NAME_PATTERN,
              Severity.ERROR,
              "A job or definition name that the API rejects"),
          RuleInfo.builtIn(
              SchemaIds.DESCRIBE_OUTPUT_ONLY,
              Severity.ERROR,
              "A member of a Describe response that a create request does not take"));

  private static volatile SchemaCheck bundled;

  private final SchemaValidator validator;
  private final SchemaFindings findings;

  public SchemaCheck(SchemaModel model) {
    this.validator = new SchemaValidator(model);
    this.findings = new SchemaFindings(model, PatternWords.bundled(), outputOnlyMembers());
  }

  /**
   * The check of the bundled schema, compiled once per process and shared by every linter (it is
   * immutable and thread-safe): a language server or a multi-project run makes several linters.
   */
  public static SchemaCheck bundled() {
    SchemaCheck check = bundled;
    if (check == null) {
      synchronized (SchemaCheck.class) {
        check = bundled;
        if (check == null) {
          check = bundled = new SchemaCheck(SchemaModel.bundled());
        }
      }
    }
    return check;
  }

  @Override
  public List<RuleInfo> rules() {
    return RULES;
  }

  @Override
  public void run(DocumentContext document, Consumer<Diagnostic> report) {
    List<SchemaViolation> violations = validator.validate(document.root());
    findings.explain(document.source(), document.root(), violations).forEach(report);
  }

  /** The top-level members that only a Describe response has, from the bundled data file. */
  public static Set<String> outputOnlyMembers() {
    return OutputOnlyMembers.SET;
  }

  /** Read once, on first use: several checks and every linter of a process share the list. */
  private static final class OutputOnlyMembers {
    static final Set<String> SET = read();

    private static Set<String> read() {
      Set<String> members = new HashSet<>();
      try (InputStream in = SchemaCheck.class.getResourceAsStream(OUTPUT_MEMBERS_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + OUTPUT_MEMBERS_RESOURCE);
        }
        JsonNode node = new ObjectMapper().readTree(in);
        node.path("members").forEach(member -> members.add(member.asText()));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + OUTPUT_MEMBERS_RESOURCE, e);
      }
      return Set.copyOf(members);
    }
  }
}
