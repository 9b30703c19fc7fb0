// The hpolint rule language. The manual is schema/src/main/resources/dev/hpolint/schema/rules/README.md.
// This grammar only says what is well formed; RuleTreeBuilder turns the parse tree into the
// immutable AST of dev.hpolint.rules.ast, and the loader checks names, paths and types.
grammar Rules;

file : ruleDecl* EOF ;

// A hole of a message template, {EXPR}, is parsed on its own with this entry rule.
standaloneExpr : expr EOF ;

ruleDecl : RULE ruleId clause* ;

// An id such as HPO-GRID-MAXJOBS is read as words and hyphens; the tree builder checks that they
// are written together and have the form of an id.
ruleId : (IDENT | NUMBER) (MINUS? (IDENT | NUMBER))* ;

clause
  : SEVERITY IDENT (WHEN expr)?                    # severityClause
  | SUMMARY text                                   # summaryClause
  | FOR EACH expr (AS IDENT)?                      # forEachClause
  | LET IDENT ASSIGN expr                          # letClause
  | WHEN expr                                      # whenClause
  | REPORT AT expr                                 # reportClause
  | MESSAGE text                                   # messageClause
  | RELATED expr text                              # relatedClause
  | FIX text (SAFE (WHEN expr)?)? fixOp+           # fixClause
  ;

// Adjacent strings are one text, so that long messages can be wrapped.
text : STRING+ ;

fixOp
  : SET target=expr ASSIGN value=expr              # setOp
  | REMOVE target=expr                             # removeOp
  | RENAME target=expr TO value=expr               # renameOp
  ;

expr
  : IF cond=expr THEN yes=expr ELSE no=expr        # conditional
  | orExpr                                         # logic
  ;

orExpr : andExpr (OR andExpr)* ;

andExpr : notExpr (AND notExpr)* ;

notExpr
  : NOT notExpr                                    # negation
  | kind=(ANY | ALL) IDENT IN arith COLON expr     # quantifier
  | arith (compareOp arith)?                       # comparison
  ;

compareOp : EQ | NE | LT | LE | GT | GE | IN | NOT IN ;

arith
  : MINUS arith                                    # negative
  | arith op=(STAR | SLASH | PERCENT) arith        # multiplicative
  | arith op=(PLUS | MINUS) arith                  # additive
  | arith COALESCE arith                           # coalesce
  | postfix (PIPE postfix)+                        # union
  | postfix                                        # single
  ;

postfix : primary step* ;

step
  : DOT name                                       # memberStep
  | DOT LPAREN name (PIPE name)* RPAREN            # alternativesStep
  | DOT CARET                                      # parentStep
  | DOTDOT name                                    # descendantStep
  | LBRACK STAR RBRACK                             # wildcardStep
  | LBRACK expr RBRACK                             # indexStep
  ;

primary
  : DOLLAR                                         # root
  | CARET                                          # parent
  | THIS                                           # thisNode
  | NUMBER                                         # numberLiteral
  | STRING                                         # stringLiteral
  | (TRUE | FALSE)                                 # booleanLiteral
  | NULL                                           # nullLiteral
  | IDENT LPAREN (expr (COMMA expr)*)? RPAREN      # call
  | IDENT                                          # nameRef
  | LPAREN expr RPAREN                             # parenthesized
  | LBRACK element=expr FOR IDENT IN arith (IF filter=expr)? RBRACK   # comprehension
  | LBRACK (expr (COMMA expr)*)? RBRACK            # listLiteral
  ;

// After a dot any word names a member, keywords included.
name
  : IDENT | SEVERITY | SUMMARY | FOR | EACH | AS | LET | WHEN | REPORT | AT | MESSAGE | RELATED
  | FIX | SAFE | SET | REMOVE | RENAME | TO | AND | OR | NOT | IN | ANY | ALL | IF | THEN | ELSE
  | TRUE | FALSE | NULL | THIS
  ;

RULE : 'rule' ;
SEVERITY : 'severity' ;
SUMMARY : 'summary' ;
FOR : 'for' ;
EACH : 'each' ;
AS : 'as' ;
LET : 'let' ;
WHEN : 'when' ;
REPORT : 'report' ;
AT : 'at' ;
MESSAGE : 'message' ;
RELATED : 'related' ;
FIX : 'fix' ;
SAFE : 'safe' ;
SET : 'set' ;
REMOVE : 'remove' ;
RENAME : 'rename' ;
TO : 'to' ;
AND : 'and' ;
OR : 'or' ;
NOT : 'not' ;
IN : 'in' ;
ANY : 'any' ;
ALL : 'all' ;
IF : 'if' ;
THEN : 'then' ;
ELSE : 'else' ;
TRUE : 'true' ;
FALSE : 'false' ;
NULL : 'null' ;
THIS : 'this' ;

EQ : '==' ;
NE : '!=' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
ASSIGN : '=' ;
COALESCE : '??' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
PIPE : '|' ;
DOTDOT : '..' ;
DOT : '.' ;
CARET : '^' ;
DOLLAR : '$' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACK : '[' ;
RBRACK : ']' ;
COMMA : ',' ;
COLON : ':' ;

NUMBER : DIGIT+ ('.' DIGIT+)? ([eE] [+-]? DIGIT+)? ;
IDENT : [A-Za-z_] [A-Za-z0-9_]* ;
// Double-quoted strings have escapes; single-quoted ones are raw (for regular expressions).
STRING
  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
  | '\'' ~['\r\n]* '\''
  ;
UNTERMINATED_STRING
  : '"' (~["\\\r\n] | '\\' ~[\r\n])*
  | '\'' ~['\r\n]*
  ;
COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS : [ \t\r\n\f\u00A0\uFEFF]+ -> channel(HIDDEN) ;
UNEXPECTED : . ;

fragment DIGIT : [0-9] ;
