package dev.hpolint.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a rule's documentation page, {@code docs/<ID>.md} in the schema module. */
public final class RuleDocs {
  private static final String DOCS = "/dev/hpolint/schema/docs/";
  private static final Pattern SAFE_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]*");
  private static final Pattern AWS_LINK =
      Pattern.compile("https://docs\\.aws\\.amazon\\.com/[^\\s)>\\]]+");
  private static final String API_REFERENCE =
      "https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateHyperParameterTuningJob.html";

  private RuleDocs() {}

  public static Optional<String> page(String ruleId) {
    if (ruleId == null || !SAFE_ID.matcher(ruleId).matches()) {
      return Optional.empty();
    }
    try (InputStream in = RuleDocs.class.getResourceAsStream(DOCS + ruleId + ".md")) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The AWS documentation page a rule rests on: the first AWS address its page names, or the API
   * reference of the operation.
   */
  public static String referenceUrl(String ruleId) {
    return page(ruleId)
        .map(text -> AWS_LINK.matcher(text))
        .filter(java.util.regex.Matcher::find)
        .map(java.util.regex.Matcher::group)
        .orElse(API_REFERENCE);
  }
}
