package dev.hpolint.lsp.document;

import dev.hpolint.source.Syntax;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What a document's URI and language id say about it: its file name and its notation. */
public final class DocumentNames {

  private DocumentNames() {}

  /** The last path segment of a URI, decoded; the whole URI when it has no path. */
  public static String fileName(String uri) {
    if (uri == null) {
      return "";
    }
    String path = uri;
    try {
      URI parsed = new URI(uri);
      if (parsed.getRawPath() != null) {
        path = parsed.getRawPath();
      } else if (parsed.getRawSchemeSpecificPart() != null) {
        path = parsed.getRawSchemeSpecificPart();
      }
    } catch (Exception e) {
      // Not a well-formed URI (an editor's "untitled:Untitled-1" is fine, others may not be):
      // take the text after the last slash as it is.
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    try {
      return URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  /** True when the name or the editor's language id says JSON or YAML. */
  public static boolean isJsonOrYaml(String fileName, String languageId) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return lower.endsWith(".json")
        || lower.endsWith(".yaml")
        || lower.endsWith(".yml")
        || languageSyntax(languageId) != null;
  }

  /** The notation by file name first, then by the editor's language id, then by the content. */
  static Syntax syntax(String fileName, String languageId, String text) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".json") && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
      Syntax byLanguage = languageSyntax(languageId);
      if (byLanguage != null) {
        return byLanguage;
      }
    }
    return Syntax.detect(fileName, text);
  }

  private static Syntax languageSyntax(String languageId) {
    if (languageId == null) {
      return null;
    }
    return switch (languageId.toLowerCase(Locale.ROOT)) {
      case "json", "jsonc" -> Syntax.JSON;
      case "yaml", "yml" -> Syntax.YAML;
      default -> null;
    };
  }
}
