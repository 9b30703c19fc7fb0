package dev.hpolint.rules.builtin;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Detectors of credentials in hyperparameter values (part B.14 of the rules catalog). Each has a
 * confidence: "high" detectors match formats that are credentials by construction (an AKIA key id,
 * a PEM private key); "low" ones are heuristics (a JWT, a random-looking 40-character string, a key
 * called password). The first detector that fires names the finding.
 */
public final class SecretDetectors {
  public static final String HIGH = "high";
  public static final String LOW = "low";

  /** What fired: the detector's name and how sure it is. */
  public record Detection(String kind, String confidence) {}

  private record Detector(String kind, String confidence, Pattern pattern) {}

  private static final List<Detector> FORMATS =
      List.of(
          new Detector("AWS access key ID", HIGH, Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{16}\\b")),
          new Detector(
              "AWS session token",
              HIGH,
              Pattern.compile("\\b(FwoGZXIvYXdzE|IQoJb3JpZ2luX2Vj)[A-Za-z0-9/+=]{100,}")),
          new Detector(
              "private key",
              HIGH,
              Pattern.compile(
                  "-----BEGIN ((RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----")),
          new Detector(
              "URL with a password",
              HIGH,
              Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://[^/\\s:@]+:[^/\\s@]+@")),
          new Detector(
              "GitHub token",
              HIGH,
              Pattern.compile(
                  "\\bgh[pousr]_[A-Za-z0-9]{36,255}\\b|\\bgithub_pat_[A-Za-z0-9_]{22,}\\b")),
          new Detector("Slack token", HIGH, Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
          new Detector("Hugging Face token", HIGH, Pattern.compile("\\bhf_[A-Za-z0-9]{30,}\\b")),
          new Detector(
              "API secret key",
              HIGH,
              Pattern.compile("\\bsk-[A-Za-z0-9_-]{20,}|\\b(sk|rk)_live_[A-Za-z0-9]{16,}")),
          new Detector("Google API key", HIGH, Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")));

  private static final Pattern SECRET_KEY_40 =
      Pattern.compile("(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])");
  private static final Pattern SECRET_KEY_NAME = Pattern.compile("(?i)secret|aws_secret");
  private static final Detector OTHER_AWS_ID =
      new Detector(
          "AWS unique ID",
          LOW,
          Pattern.compile("\\b(AIDA|AROA|AIPA|ANPA|ANVA|AGPA|APKA|ABIA|ACCA)[A-Z0-9]{16}\\b"));
  private static final Detector JWT =
      new Detector(
          "JSON web token",
          LOW,
          Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"));

  /** Words that name a credential wherever they stand in a key (db_password, client_secret). */
  private static final Set<String> CREDENTIAL_WORDS =
      Set.of(
          "password",
          "passwd",
          "pwd",
          "passphrase",
          "secret",
          "credential",
          "credentials",
          "apikey");

  /** Words that name a credential only as the last word (github_token, not token_embedding_dim). */
  private static final Set<String> CREDENTIAL_LAST_WORDS = Set.of("token", "auth");

  /** Word pairs that name a credential: api key, access token, client secret... */
  private static final Set<String> CREDENTIAL_PAIRS =
      Set.of(
          "api key",
          "access key",
          "private key",
          "secret key",
          "client secret",
          "access token",
          "auth token");

  private static final Pattern NUMBER_OR_WORD =
      Pattern.compile("(?i)[-+]?[0-9.eE+-]+|true|false|none|null|yes|no|on|off");

  /** Values that refer to a secret or name a setting rather than hold a secret. */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "(?i:arn:.*|\\{\\{resolve:.*|s3://.*)|\\$\\{.*\\}|/.*|<.*>|\\[.*\\]|[A-Z][A-Z0-9_]*");

  private SecretDetectors() {}

  /** The detector that fires on a value under a key (which may be null), or null. */
  public static Detection detect(String key, String value, CharSequence bounded) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    for (Detector detector : FORMATS) {
      if (detector.pattern().matcher(bounded).find()) {
        return new Detection(detector.kind(), detector.confidence());
      }
    }
    boolean fortyChars = SECRET_KEY_40.matcher(bounded).find();
    if (fortyChars && key != null && SECRET_KEY_NAME.matcher(key).find()) {
      return new Detection("AWS secret access key", HIGH);
    }
    if (OTHER_AWS_ID.pattern().matcher(bounded).find()) {
      return new Detection(OTHER_AWS_ID.kind(), LOW);
    }
    if (JWT.pattern().matcher(bounded).find()) {
      return new Detection(JWT.kind(), LOW);
    }
    if (fortyChars && entropy(value) >= 4.0) {
      return new Detection("possible AWS secret access key", LOW);
    }
    if (key != null && namesCredential(key) && looksLiteral(value)) {
      return new Detection("credential under the name " + key, LOW);
    }
    return null;
  }

  /** The key is a credential's name; see the word sets above. */
  static boolean namesCredential(String key) {
    List<String> words = MetricTokens.of(key);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (CREDENTIAL_WORDS.contains(word)) {
        return true;
      }
      if (i > 0 && CREDENTIAL_PAIRS.contains(words.get(i - 1) + " " + word)) {
        return true;
      }
    }
    return !words.isEmpty() && CREDENTIAL_LAST_WORDS.contains(words.get(words.size() - 1));
  }

  /**
   * A literal credential, not a reference to one or a setting: numbers and booleans (max_tokens =
   * 512) are settings; ARNs, {{resolve:...}}, paths and ENV_VAR names are references; a tokenizer's
   * [PAD] or <|endoftext|> is a vocabulary entry.
   */
  private static boolean looksLiteral(String value) {
    String v = value.trim();
    if (v.length() < 8 || v.contains(" ") || NUMBER_OR_WORD.matcher(v).matches()) {
      return false;
    }
    return !REFERENCE.matcher(v).matches();
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String value) {
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double bits = 0;
    double n = value.length();
    for (int count : counts) {
      if (count > 0) {
        double p = count / n;
        bits -= p * Math.log(p) / Math.log(2);
      }
    }
    if (other > 0) {
      double p = other / n;
      bits -= p * Math.log(p) / Math.log(2);
    }
    return bits;
  }
}
