package dev.hpolint.rules.eval;

import java.util.List;

/**
 * A function of the rule language. Implementations never throw on odd arguments: they return {@link
 * Value#MISSING} (or false, or zero, as their documentation says).
 */
@FunctionalInterface
public interface RuleFunction {
  Value apply(List<Value> arguments, Budget budget);
}
