package dev.hpolint.api;

import dev.hpolint.diagnostic.CommentSuppressions;
import dev.hpolint.diagnostic.Diagnostic;
import dev.hpolint.diagnostic.Severity;
import dev.hpolint.diagnostic.Suppressions;
import dev.hpolint.rules.Check;
import dev.hpolint.rules.DocumentContext;
import dev.hpolint.rules.RuleInfo;
import dev.hpolint.rules.load.BuiltInRules;
import dev.hpolint.schema.Locations;
import dev.hpolint.schema.SchemaCheck;
import dev.hpolint.schema.SchemaModel;
import dev.hpolint.source.DecodedText;
import dev.hpolint.source.Position;
import dev.hpolint.source.Range;
import dev.hpolint.source.SourceText;
import dev.hpolint.source.Syntax;
import dev.hpolint.source.TextDecoder;
import dev.hpolint.tree.JsonReader;
import dev.hpolint.tree.ObjectNode;
import dev.hpolint.tree.ParseIds;
import dev.hpolint.tree.ParseResult;
import dev.hpolint.tree.ParsedDocument;
import dev.hpolint.tree.YamlReader;
import dev.hpolint.yaml.YamlAmbiguityCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one entry point of the core: reads a file, checks every document in it against the schema and
 * the rules, and returns findings. Front ends (the command, the language server, the Maven plugin)
 * call this and convert its results at their edge.
 *
 * <p>Making a linter compiles the schema and loads the rules, which takes a moment; make one per
 * process (or per configuration) and reuse it. {@link #lint} is thread-safe.
 */
public final class Linter {
  private static final List<RuleInfo> PARSE_RULES =
      List.of(
          RuleInfo.builtIn(
              ParseIds.SYNTAX_ERROR, Severity.ERROR, "The text is not well-formed JSON or YAML"),
          RuleInfo.builtIn(
              ParseIds.DUPLICATE_KEY, Severity.ERROR, "A key appears twice in one object"),
          RuleInfo.builtIn(
              ParseIds.NOT_OBJECT,
              Severity.ERROR,
              "The document is empty or its root is not an object"),
          RuleInfo.builtIn(
              ParseIds.NOT_TEXT, Severity.ERROR, "The file is not UTF-8 or UTF-16 text"),
          RuleInfo.builtIn(
              ParseIds.LIMIT,
              Severity.ERROR,
              "The document exceeds a size, depth or alias-expansion limit"),
          RuleInfo.builtIn(
              Suppressions.REASON_ID, Severity.WARNING, "An error is silenced without a reason"));

  private final LintConfig config;
  private final SchemaModel schema;
  private final List<Check> checks;
  private final Map<String, RuleInfo> rules;

  private Linter(LintConfig config, SchemaModel schema, List<Check> checks) {
    this.config = config;
    this.schema = schema;
    this.checks = List.copyOf(checks);
    this.rules = new LinkedHashMap<>();
    PARSE_RULES.forEach(rule -> rules.put(rule.id(), rule));
    for (Check check : checks) {
      check.rules().forEach(rule -> rules.put(rule.id(), rule));
    }
  }

  /** A linter with the bundled schema and every built-in rule. */
  public static Linter create(LintConfig config) {
    SchemaModel schema = SchemaModel.bundled();
    List<Check> checks = new ArrayList<>();
    checks.add(new SchemaCheck(schema));
    checks.add(new YamlAmbiguityCheck());
    checks.addAll(BuiltInRules.get().checks());
    return new Linter(config, schema, checks);
  }

  /** A linter with the schema check alone: the baseline the benchmarks compare rules against. */
  public static Linter schemaOnly(LintConfig config) {
    SchemaModel schema = SchemaModel.bundled();
    return new Linter(config, schema, List.of(new SchemaCheck(schema)));
  }

  /** A linter with extra checks, such as a team's own rule files. */
  public Linter withChecks(List<Check> extra) {
    List<Check> all = new ArrayList<>(checks);
    all.addAll(extra);
    return new Linter(config, schema, all);
  }

  public LintConfig config() {
    return config;
  }

  public SchemaModel schema() {
    return schema;
  }

  /** Every rule this linter can report, in a stable order. */
  public List<RuleInfo> rules() {
    List<RuleInfo> all = new ArrayList<>(rules.values());
    all.sort(Comparator.comparing(RuleInfo::id));
    return all;
  }

  public RuleInfo rule(String id) {
    return rules.get(id);
  }

  /** Lints a file's bytes, reporting bytes that are not text as a finding. */
  public LintResult lint(String name, byte[] bytes) {
    if (bytes.length > config.limits().maxChars() * 4L) {
      return oversized(name, bytes.length);
    }
    DecodedText decoded = TextDecoder.decode(bytes);
    if (!decoded.isText()) {
      // There is no text to hold offsets into; the line and column of the bad byte still tell the
      // user where to look.
      Position at = new Position(0, decoded.problemLine(), decoded.problemColumn());
      Diagnostic finding =
          new Diagnostic(
              ParseIds.NOT_TEXT,
              Severity.ERROR,
              capitalise(decoded.problem()),
              "",
              new Range(at, at));
      return new LintResult(null, applyConfig(List.of(finding)), 0);
    }
    String text = decoded.text();
    return lint(new SourceText(name, text, Syntax.detect(name, text)));
  }

  public LintResult lint(SourceText source) {
    if (source.text().length() > config.limits().maxChars()) {
      return tooLarge(source, source.text().length());
    }
    ParseResult parsed =
        source.syntax() == Syntax.JSON
            ? new JsonReader(config.limits()).read(source)
            : new YamlReader(config.limits()).read(source);
    List<Diagnostic> findings = new ArrayList<>(parsed.problems());
    if (parsed.documents().isEmpty() && parsed.problems().isEmpty()) {
      findings.add(
          new Diagnostic(
              ParseIds.NOT_OBJECT,
              Severity.ERROR,
              "The file is empty; a CreateHyperParameterTuningJob request is an object",
              "",
              source.range(0, 0)));
    }
    for (ParsedDocument document : parsed.documents()) {
      if (!(document.root() instanceof ObjectNode root)) {
        findings.add(notAnObject(source, document));
        continue;
      }
      DocumentContext context = new DocumentContext(source, root, document.index());
      for (Check check : checks) {
        check.run(context, findings::add);
      }
    }
    Suppressions.Outcome outcome =
        CommentSuppressions.apply(source, applyConfig(Shadowing.apply(findings)));
    return new LintResult(source, sorted(outcome.kept()), outcome.suppressed());
  }

  /**
   * The result for a file too large to read at all; callers check the size first so that such a
   * file never has to be held in memory.
   */
  public LintResult oversized(String name, long size) {
    return tooLarge(SourceText.of(name, ""), size);
  }

  /** True when a file of this many bytes is beyond what {@link #lint(String, byte[])} reads. */
  public boolean isOversized(long bytes) {
    return bytes > config.limits().maxChars() * 4L;
  }

  private LintResult tooLarge(SourceText source, long size) {
    Diagnostic finding =
        new Diagnostic(
            ParseIds.LIMIT,
            Severity.ERROR,
            String.format(
                "The file is too large (%,d characters or bytes); hpolint reads request documents of up to %,d characters",
                size, config.limits().maxChars()),
            "",
            source.range(0, 0));
    return new LintResult(source, applyConfig(List.of(finding)), 0);
  }

  private static Diagnostic notAnObject(SourceText source, ParsedDocument document) {
    if (document.root() == null) {
      return new Diagnostic(
          ParseIds.NOT_OBJECT,
          Severity.ERROR,
          "The document is empty; a CreateHyperParameterTuningJob request is an object",
          "",
          source.range(document.range().start().offset(), document.range().start().offset()));
    }
    return new Diagnostic(
        ParseIds.NOT_OBJECT,
        Severity.ERROR,
        "The document is "
            + article(document.root().typeName())
            + "; a CreateHyperParameterTuningJob request is an object of members such as"
            + " HyperParameterTuningJobName",
        "",
        Locations.headline(document.root(), source));
  }

  private List<Diagnostic> applyConfig(List<Diagnostic> findings) {
    List<Diagnostic> kept = new ArrayList<>(findings.size());
    for (Diagnostic finding : findings) {
      if (config.disabledRules().contains(finding.ruleId())) {
        continue;
      }
      Severity override = config.severities().get(finding.ruleId());
      kept.add(override == null ? finding : finding.withSeverity(override));
    }
    return sorted(kept);
  }

  private static List<Diagnostic> sorted(List<Diagnostic> findings) {
    List<Diagnostic> list = new ArrayList<>(findings);
    list.sort(
        Comparator.comparingInt((Diagnostic d) -> d.range().start().offset())
            .thenComparing(Diagnostic::ruleId)
            .thenComparing(Diagnostic::message));
    return list;
  }

  private static String article(String type) {
    return switch (type) {
      case "array" -> "a list";
      case "null" -> "null";
      case "object" -> "an object";
      default -> "a " + type;
    };
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
