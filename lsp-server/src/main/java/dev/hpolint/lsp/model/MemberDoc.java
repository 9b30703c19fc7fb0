package dev.hpolint.lsp.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A schema description split into hpolint's sentence and the AWS page it cites: descriptions end
 * with "See https://...", which an editor shows better as a link than as text.
 */
public record MemberDoc(String text, String link) {
  private static final Pattern SEE = Pattern.compile("\\s*See (https://\\S+?)\\.?\\s*$");

  public static MemberDoc of(String description) {
    if (description == null || description.isBlank()) {
      return new MemberDoc("", null);
    }
    Matcher see = SEE.matcher(description);
    if (see.find()) {
      return new MemberDoc(description.substring(0, see.start()).trim(), see.group(1));
    }
    return new MemberDoc(description.trim(), null);
  }
}
