package dev.hpolint.rules.builtin;

import static dev.hpolint.rules.eval.FunctionSpec.Result.ITEMS_OF_FIRST;
import static dev.hpolint.rules.eval.FunctionSpec.Result.ITEM_OF_FIRST;
import static dev.hpolint.rules.eval.FunctionSpec.Result.KEY;
import static dev.hpolint.rules.eval.FunctionSpec.Result.KEYS;
import static dev.hpolint.rules.eval.FunctionSpec.Result.LIST;
import static dev.hpolint.rules.eval.FunctionSpec.Result.SCALAR;

import dev.hpolint.rules.eval.Budget;
import dev.hpolint.rules.eval.FunctionRegistry;
import dev.hpolint.rules.eval.FunctionSpec;
import dev.hpolint.rules.eval.RuleFunction;
import dev.hpolint.rules.eval.TemplateRenderer;
import dev.hpolint.rules.eval.Value;
import dev.hpolint.rules.eval.Values;
import dev.hpolint.tree.Member;
import dev.hpolint.tree.Node;
import dev.hpolint.tree.NumberNode;
import dev.hpolint.tree.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Every function of the rule language, in one table. The manual ({@code rules/README.md} in the
 * schema module) documents each with an example; a test checks that the two agree.
 */
public final class StandardFunctions {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,4})?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,30}");
  private static final Map<String, Pattern> RULE_PATTERNS = new ConcurrentHashMap<>();
  private static final FunctionRegistry REGISTRY = new FunctionRegistry(specs());

  private StandardFunctions() {}

  public static FunctionRegistry registry() {
    return REGISTRY;
  }

  private static List<FunctionSpec> specs() {
    InstanceCatalog catalog = InstanceCatalog.bundled();
    List<FunctionSpec> f = new ArrayList<>();
    // Nodes and lists
    f.add(spec("exists", 1, SCALAR, (a, b) -> Value.of(present(a.get(0)))));
    f.add(spec("count", 1, SCALAR, (a, b) -> Value.of(Values.count(a.get(0)))));
    f.add(spec("sum", 1, SCALAR, (a, b) -> fold(a.get(0), BigDecimal.ZERO, BigDecimal::add)));
    f.add(
        spec("product", 1, SCALAR, (a, b) -> fold(a.get(0), BigDecimal.ONE, BigDecimal::multiply)));
    f.add(spec("min", 1, SCALAR, (a, b) -> extreme(a.get(0), -1)));
    f.add(spec("max", 1, SCALAR, (a, b) -> extreme(a.get(0), 1)));
    f.add(spec("distinct", 1, ITEMS_OF_FIRST, (a, b) -> distinct(a.get(0))));
    f.add(spec("documentOrder", 1, ITEMS_OF_FIRST, (a, b) -> documentOrder(a.get(0))));
    f.add(spec("first", 1, ITEM_OF_FIRST, (a, b) -> nth(a.get(0), true)));
    f.add(spec("last", 1, ITEM_OF_FIRST, (a, b) -> nth(a.get(0), false)));
    f.add(spec("join", 2, SCALAR, StandardFunctions::join));
    f.add(spec("keys", 1, KEYS, (a, b) -> keys(a.get(0))));
    f.add(
        spec(
            "name", 1, SCALAR, (a, b) -> onNode(a.get(0), n -> Value.ofNullable(n.keyInParent()))));
    f.add(spec("key", 1, KEY, (a, b) -> onNode(a.get(0), StandardFunctions::keyOf)));
    f.add(spec("index", 1, SCALAR, (a, b) -> onNode(a.get(0), StandardFunctions::indexOf)));
    f.add(spec("offset", 1, SCALAR, (a, b) -> onNode(a.get(0), StandardFunctions::offsetOf)));
    f.add(spec("type", 1, SCALAR, (a, b) -> new Value.Str(Values.typeName(a.get(0)))));
    // Strings and numbers
    f.add(spec("quote", 1, SCALAR, (a, b) -> new Value.Str(TemplateRenderer.display(a.get(0)))));
    f.add(spec("text", 1, SCALAR, (a, b) -> Value.ofNullable(Values.text(a.get(0)))));
    f.add(spec("number", 1, SCALAR, (a, b) -> parse(a.get(0), false)));
    f.add(spec("integer", 1, SCALAR, (a, b) -> parse(a.get(0), true)));
    f.add(new FunctionSpec("round", 1, 2, SCALAR, (a, b) -> round(a)));
    f.add(
        spec(
            "length",
            1,
            SCALAR,
            (a, b) -> string(a, 0, s -> Value.of(s.codePointCount(0, s.length())))));
    f.add(
        spec(
            "lower",
            1,
            SCALAR,
            (a, b) -> string(a, 0, s -> new Value.Str(s.toLowerCase(Locale.ROOT)))));
    f.add(
        spec(
            "upper",
            1,
            SCALAR,
            (a, b) -> string(a, 0, s -> new Value.Str(s.toUpperCase(Locale.ROOT)))));
    f.add(spec("trim", 1, SCALAR, (a, b) -> string(a, 0, s -> new Value.Str(s.strip()))));
    f.add(
        spec("equalsIgnoreCase", 2, SCALAR, (a, b) -> strings(a, (x, y) -> x.equalsIgnoreCase(y))));
    f.add(spec("startsWith", 2, SCALAR, (a, b) -> strings(a, String::startsWith)));
    f.add(spec("endsWith", 2, SCALAR, (a, b) -> strings(a, String::endsWith)));
    f.add(spec("contains", 2, SCALAR, (a, b) -> strings(a, String::contains)));
    f.add(spec("matches", 2, SCALAR, (a, b) -> regex(a, b, true)));
    f.add(spec("find", 2, SCALAR, (a, b) -> regex(a, b, false)));
    f.add(spec("capture", 2, SCALAR, StandardFunctions::capture));
    f.add(spec("replace", 3, SCALAR, StandardFunctions::replace));
    f.add(spec("tokens", 1, LIST, (a, b) -> string(a, 0, StandardFunctions::tokens)));
    // The instance catalog
    f.add(
        spec(
            "storageKind",
            1,
            SCALAR,
            (a, b) -> instance(a, catalog, t -> new Value.Str(t.storage()))));
    f.add(
        spec(
            "hasLocalStorage",
            1,
            SCALAR,
            (a, b) -> instance(a, catalog, StandardFunctions::localStorage)));
    f.add(
        spec(
            "localStorageGb",
            1,
            SCALAR,
            (a, b) -> instance(a, catalog, t -> number(t.localStorageGb()))));
    f.add(spec("gpus", 1, SCALAR, (a, b) -> instance(a, catalog, t -> number(t.gpus()))));
    f.add(
        spec(
            "trainiumChips",
            1,
            SCALAR,
            (a, b) -> instance(a, catalog, t -> number(t.trainiumChips()))));
    f.add(
        spec(
            "isInstanceType",
            1,
            SCALAR,
            (a, b) -> string(a, 0, s -> Value.of(catalog.get(s) != null))));
    // Images, secrets, metric regexes
    f.add(
        spec(
            "isBuiltInImage",
            1,
            SCALAR,
            (a, b) -> string(a, 0, s -> Value.of(BuiltInImages.algorithm(s) != null))));
    f.add(
        spec(
            "builtInAlgorithm",
            1,
            SCALAR,
            (a, b) -> string(a, 0, s -> Value.ofNullable(BuiltInImages.algorithm(s)))));
    f.add(spec("secretKind", 2, SCALAR, (a, b) -> secret(a, b, true)));
    f.add(spec("secretConfidence", 2, SCALAR, (a, b) -> secret(a, b, false)));
    f.add(
        spec(
            "regexCompiles",
            1,
            SCALAR,
            (a, b) -> string(a, 0, s -> Value.of(PythonRegex.compile(s) != null))));
    f.add(spec("regexGroups", 1, SCALAR, (a, b) -> string(a, 0, StandardFunctions::groups)));
    f.add(
        spec(
            "regexProblem",
            1,
            SCALAR,
            (a, b) -> string(a, 0, s -> Value.ofNullable(PythonRegex.problem(s)))));
    return f;
  }

  private static FunctionSpec spec(
      String name, int arguments, FunctionSpec.Result result, RuleFunction function) {
    return new FunctionSpec(name, arguments, arguments, result, function);
  }

  // ---- nodes and lists

  private static boolean present(Value value) {
    if (value instanceof Value.ListOf list) {
      return !list.items().isEmpty();
    }
    return !(value instanceof Value.Missing);
  }

  private static Value fold(
      Value list, BigDecimal start, java.util.function.BinaryOperator<BigDecimal> op) {
    BigDecimal result = start;
    for (Value item : Values.items(list)) {
      BigDecimal number = Values.number(item);
      if (number != null) {
        result = op.apply(result, number);
        if (result.precision() > 200) {
          // Beyond any count a request can hold: say nothing rather than compute a giant.
          return Value.MISSING;
        }
      }
    }
    return new Value.Num(result);
  }

  private static Value extreme(Value list, int sign) {
    BigDecimal best = null;
    for (Value item : Values.items(list)) {
      BigDecimal number = Values.number(item);
      if (number != null && (best == null || number.compareTo(best) * sign > 0)) {
        best = number;
      }
    }
    return Value.of(best);
  }

  private static Value distinct(Value list) {
    Set<Object> seen = new HashSet<>();
    List<Value> kept = new ArrayList<>();
    for (Value item : Values.items(list)) {
      if (seen.add(identity(item))) {
        kept.add(item);
      }
    }
    return new Value.ListOf(kept);
  }

  /** Scalars are the same when their values are; objects and lists only when they are one node. */
  private static Object identity(Value item) {
    Value scalar = Values.scalar(item);
    if (scalar instanceof Value.Str s) {
      return "s" + s.value();
    } else if (scalar instanceof Value.Num n) {
      return "n" + n.value().stripTrailingZeros().toPlainString();
    } else if (scalar instanceof Value.Bool b) {
      return "b" + b.value();
    } else if (scalar instanceof Value.Missing) {
      return "missing";
    }
    return new IdentityKey(Values.node(item) != null ? Values.node(item) : item);
  }

  private record IdentityKey(Object target) {
    @Override
    public boolean equals(Object other) {
      return other instanceof IdentityKey key && key.target == target;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(target);
    }
  }

  /**
   * The items sorted by where their nodes start in the text, computed values last. A union lists
   * nodes in the order of its paths; rules that report "the second of two members" need the order
   * of the document.
   */
  private static Value documentOrder(Value list) {
    List<Value> items = new ArrayList<>(Values.items(list));
    items.sort(
        Comparator.comparingInt(
            item -> {
              Node node = Values.node(item);
              return node == null ? Integer.MAX_VALUE : node.range().start().offset();
            }));
    return new Value.ListOf(items);
  }

  private static Value nth(Value list, boolean first) {
    List<Value> items = Values.items(list);
    if (items.isEmpty()) {
      return Value.MISSING;
    }
    return first ? items.get(0) : items.get(items.size() - 1);
  }

  private static Value join(List<Value> arguments, Budget budget) {
    String separator = Values.text(arguments.get(1));
    List<String> texts = new ArrayList<>();
    for (Value item : Values.items(arguments.get(0))) {
      String text = Values.text(item);
      if (text != null) {
        texts.add(text);
      }
    }
    return new Value.Str(String.join(separator == null ? ", " : separator, texts));
  }

  private static Value keys(Value value) {
    if (!(Values.node(value) instanceof ObjectNode object)) {
      return new Value.ListOf(List.of());
    }
    List<Value> keys = new ArrayList<>();
    for (Member member : object.effectiveMembers()) {
      keys.add(new Value.NodeRef(member.key()));
    }
    return new Value.ListOf(keys);
  }

  private static Value onNode(Value value, Function<Node, Value> function) {
    Node node = Values.node(value);
    return node == null ? Value.MISSING : function.apply(node);
  }

  private static Value keyOf(Node node) {
    Member member = node.memberInParent();
    return member == null ? Value.MISSING : new Value.NodeRef(member.key());
  }

  private static Value indexOf(Node node) {
    return node.indexInParent() < 0 ? Value.MISSING : Value.of(node.indexInParent());
  }

  /** Where a member's text starts (its key, for a member value): the order of the document. */
  private static Value offsetOf(Node node) {
    Member member = node.memberInParent();
    Node start = member != null && member.value() == node ? member.key() : node;
    return Value.of(start.range().start().offset());
  }

  // ---- strings and numbers

  private static Value parse(Value value, boolean integer) {
    if (Values.node(value) instanceof NumberNode number) {
      if (!number.isFinite() || (integer && !number.isIntegral())) {
        return Value.MISSING;
      }
      return new Value.Num(number.value());
    }
    Value scalar = Values.scalar(value);
    if (scalar instanceof Value.Num n) {
      return integer && n.value().stripTrailingZeros().scale() > 0 ? Value.MISSING : n;
    }
    if (!(scalar instanceof Value.Str s)) {
      return Value.MISSING;
    }
    String text = s.value();
    if (!(integer ? INTEGER : DECIMAL).matcher(text).matches()) {
      return Value.MISSING;
    }
    try {
      return new Value.Num(new BigDecimal(text.startsWith("+") ? text.substring(1) : text));
    } catch (NumberFormatException e) {
      return Value.MISSING;
    }
  }

  /**
   * A number rounded half up to the given decimal places (none by default), so that a message can
   * quote a computed duration or ratio without thirty digits. Places beyond 0..10 are not rounding.
   */
  private static Value round(List<Value> arguments) {
    BigDecimal number = Values.number(arguments.get(0));
    BigDecimal places = arguments.size() > 1 ? Values.number(arguments.get(1)) : BigDecimal.ZERO;
    if (number == null
        || places == null
        || places.stripTrailingZeros().scale() > 0
        || places.signum() < 0
        || places.compareTo(BigDecimal.TEN) > 0) {
      return Value.MISSING;
    }
    return new Value.Num(number.setScale(places.intValue(), RoundingMode.HALF_UP));
  }

  private static Value string(List<Value> arguments, int index, Function<String, Value> function) {
    String text = Values.string(arguments.get(index));
    return text == null ? Value.MISSING : function.apply(text);
  }

  private static Value strings(
      List<Value> arguments, java.util.function.BiPredicate<String, String> test) {
    String a = Values.string(arguments.get(0));
    String b = Values.string(arguments.get(1));
    return a == null || b == null ? Value.MISSING : Value.of(test.test(a, b));
  }

  private static Value regex(List<Value> arguments, Budget budget, boolean whole) {
    Matcher matcher = matcher(arguments, budget);
    return matcher == null ? Value.MISSING : Value.of(whole ? matcher.matches() : matcher.find());
  }

  /**
   * A matcher of the second argument's regex over the first argument's text, reading the text
   * through the budget; null when either is not a string or the regex does not compile.
   */
  private static Matcher matcher(List<Value> arguments, Budget budget) {
    String text = Values.string(arguments.get(0));
    String regex = Values.string(arguments.get(1));
    Pattern pattern = text == null || regex == null ? null : rulePattern(regex);
    return pattern == null ? null : pattern.matcher(new BoundedText(text, budget));
  }

  /** The patterns of rule files, compiled once; null for one that does not compile. */
  private static Pattern rulePattern(String regex) {
    Pattern cached = RULE_PATTERNS.get(regex);
    if (cached != null) {
      return cached;
    }
    try {
      Pattern pattern = Pattern.compile(regex);
      if (RULE_PATTERNS.size() < 10_000) {
        RULE_PATTERNS.put(regex, pattern);
      }
      return pattern;
    } catch (PatternSyntaxException e) {
      return null;
    }
  }

  /**
   * The part of a string that a regex picks out: its first group in the first match, or the whole
   * match when it has no group. Rules use it to name the piece they complain about (the bucket of
   * an S3 URI), which a yes/no match cannot quote.
   */
  private static Value capture(List<Value> arguments, Budget budget) {
    Matcher matcher = matcher(arguments, budget);
    if (matcher == null || !matcher.find()) {
      return Value.MISSING;
    }
    return Value.ofNullable(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
  }

  private static Value replace(List<Value> arguments, Budget budget) {
    String text = Values.string(arguments.get(0));
    String old = Values.string(arguments.get(1));
    String replacement = Values.string(arguments.get(2));
    if (text == null || old == null || replacement == null || old.isEmpty()) {
      return Value.MISSING;
    }
    budget.spend(text.length());
    return new Value.Str(text.replace(old, replacement));
  }

  private static Value tokens(String name) {
    List<Value> tokens = new ArrayList<>();
    MetricTokens.of(name).forEach(token -> tokens.add(new Value.Str(token)));
    return new Value.ListOf(tokens);
  }

  // ---- domain

  private static Value instance(
      List<Value> arguments,
      InstanceCatalog catalog,
      Function<InstanceCatalog.InstanceType, Value> function) {
    InstanceCatalog.InstanceType type = catalog.get(Values.string(arguments.get(0)));
    return type == null ? Value.MISSING : function.apply(type);
  }

  private static Value localStorage(InstanceCatalog.InstanceType type) {
    return switch (type.storage()) {
      case "nvme" -> Value.TRUE;
      case "ebs" -> Value.FALSE;
      default -> Value.MISSING;
    };
  }

  private static Value number(Integer value) {
    return value == null ? Value.MISSING : Value.of(value.longValue());
  }

  private static Value secret(List<Value> arguments, Budget budget, boolean kind) {
    String key = Values.text(arguments.get(0));
    String value = Values.string(arguments.get(1));
    if (value == null) {
      return Value.MISSING;
    }
    SecretDetectors.Detection detection =
        SecretDetectors.detect(key, value, new BoundedText(value, budget));
    if (detection == null) {
      return Value.MISSING;
    }
    return new Value.Str(kind ? detection.kind() : detection.confidence());
  }

  private static Value groups(String regex) {
    Pattern pattern = PythonRegex.compile(regex);
    return pattern == null ? Value.MISSING : Value.of(pattern.matcher("").groupCount());
  }
}
