package dev.hpolint.tree;

/** The ids of findings that come from reading text, before any schema or rule is applied. */
public final class ParseIds {
  public static final String SYNTAX_ERROR = "SYNTAX-ERROR";
  public static final String DUPLICATE_KEY = "SYNTAX-DUPLICATE-KEY";
  public static final String NOT_OBJECT = "SYNTAX-NOT-OBJECT";
  public static final String NOT_TEXT = "INPUT-NOT-TEXT";
  public static final String LIMIT = "INPUT-LIMIT";

  private ParseIds() {}
}
