package dev.hpolint.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The key-name heuristic of the secret detectors: a key that names a credential, with a value that
 * is the credential itself rather than a setting or a pointer to where the credential is kept.
 */
class SecretDetectorsTest {
  private static String kind(String key, String value) {
    SecretDetectors.Detection detection = SecretDetectors.detect(key, value, value);
    return detection == null ? null : detection.kind();
  }

  @Test
  void keysThatNameACredential() {
    assertThat(SecretDetectors.namesCredential("DB_PASSWORD")).isTrue();
    assertThat(SecretDetectors.namesCredential("clientSecret")).isTrue();
    assertThat(SecretDetectors.namesCredential("api_key")).isTrue();
    assertThat(SecretDetectors.namesCredential("AccessKey")).isTrue();
    assertThat(SecretDetectors.namesCredential("HF_TOKEN")).isTrue();
    assertThat(SecretDetectors.namesCredential("basic-auth")).isTrue();
  }

  @Test
  void wordsThatOnlyLookLikeCredentials() {
    assertThat(SecretDetectors.namesCredential("token_embedding_dim")).isFalse();
    assertThat(SecretDetectors.namesCredential("max_tokens")).isFalse();
    assertThat(SecretDetectors.namesCredential("tokenizer")).isFalse();
    assertThat(SecretDetectors.namesCredential("author")).isFalse();
    assertThat(SecretDetectors.namesCredential("auth_mode")).isFalse();
    assertThat(SecretDetectors.namesCredential("key_column")).isFalse();
  }

  @Test
  void aLiteralValueUnderACredentialNameIsReported() {
    assertThat(kind("DB_PASSWORD", "correct-horse-battery-staple"))
        .isEqualTo("credential under the name DB_PASSWORD");
  }

  @Test
  void settingsReferencesAndPlaceholdersAreNot() {
    assertThat(kind("password_file", "/run/secrets/db_password")).isNull();
    assertThat(kind("api_key_env", "WANDB_API_KEY")).isNull();
    assertThat(kind("pad_token", "[PAD]")).isNull();
    assertThat(kind("eos_token", "<|endoftext|>")).isNull();
    assertThat(kind("db_password", "${DB_PASSWORD}")).isNull();
    assertThat(kind("db_password", "{{resolve:secretsmanager:db:SecretString:pw}}")).isNull();
    assertThat(kind("secret_arn", "arn:aws:secretsmanager:us-east-1:1:secret:x")).isNull();
    assertThat(kind("token_location", "s3://bucket/tokens/")).isNull();
    assertThat(kind("use_auth_token", "true")).isNull();
    assertThat(kind("password", "hunter2")).isNull();
    assertThat(kind("password", "two words here")).isNull();
  }
}
