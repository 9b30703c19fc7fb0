package dev.hpolint.rules.eval;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The functions rules can call, by name: a table, not a chain of ifs. */
public final class FunctionRegistry {
  private final Map<String, FunctionSpec> functions;

  public FunctionRegistry(List<FunctionSpec> specs) {
    Map<String, FunctionSpec> byName = new LinkedHashMap<>();
    for (FunctionSpec spec : specs) {
      if (byName.put(spec.name(), spec) != null) {
        throw new IllegalArgumentException("function " + spec.name() + " is registered twice");
      }
    }
    this.functions = Collections.unmodifiableMap(byName);
  }

  public FunctionSpec lookup(String name) {
    return functions.get(name);
  }

  public Collection<String> names() {
    return functions.keySet();
  }
}
