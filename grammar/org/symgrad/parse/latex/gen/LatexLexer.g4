/*
 * Tokens of the LaTeX that derivations are written in (SPEC §8), tokenised as TeX does:
 *
 *   - every Latin letter is its own token (`xy` is x·y); runs that spell a word are joined later,
 *     in org.symgrad.parse.latex.LatexTokens, which also types the `d` of `\frac{d}{dx}`;
 *   - a command is `\` and the longest run of letters after it, or `\` and one other character;
 *     the commands the grammar needs are their own token types, every other one is a CMD, which
 *     the builder reports as an unknown command (never a symbol);
 *   - one digit is one token, so that a sub- or superscript takes exactly one (`x_12` is x_1·2);
 *   - spacing, sizing (`\left`, `\big` …), colours, `\tag`, `\label` and `%` comments are skipped;
 *     `\text{…}`, `\mathrm{…}` and `\operatorname{…}` are one token carrying their word.
 *
 * No Java code here: which command means what is decided in org.symgrad.parse.latex.LatexBuilder.
 */
lexer grammar LatexLexer;

tokens { WORD, DIFF_D }

COMMENT  : '%' ~[\r\n]* -> skip ;
WS       : [ \t\r\n]+ -> skip ;
SPACING  : ( '\\,' | '\\;' | '\\:' | '\\!' | '\\>' | '\\ ' | '\\\t' | '\\\n' | '\\\r' | '~'
           | '\\enspace' | '\\thinspace' | '\\medspace' | '\\thickspace' | '\\negthinspace' ) -> skip ;
NOOP     : '\\' ( 'displaystyle' | 'textstyle' | 'scriptstyle' | 'scriptscriptstyle' | 'limits'
                | 'nolimits' | 'mathstrut' | 'strut' | 'nonumber' | 'notag' | 'boxed' | 'allowbreak'
                | 'nobreak' ) -> skip ;
COLOR    : ( '\\color' | '\\textcolor' ) WS? '{' ~[{}]* '}' -> skip ;
TAG      : ( '\\tag' '*'? | '\\label' ) WS? '{' ~[{}]* '}' -> skip ;
// \left( is '(' : the size command is dropped, the delimiter kept; \left. and \right. are kept.
EMPTY_DELIM : ( '\\left' | '\\right' ) WS? '.' ;
SIZE     : '\\' ( 'left' | 'right' | 'middle' | 'big' | 'Big' | 'bigg' | 'Bigg' ) [lrm]? -> skip ;

QUAD     : '\\quad' | '\\qquad' | '\\hfill' | ( '\\hspace' '*'? WS? '{' ~[{}]* '}' ) ;
TEXT     : '\\' ( 'text' | 'textrm' | 'textit' | 'textbf' | 'textsf' | 'texttt' | 'textnormal' | 'mathrm'
                | 'mathit' | 'mathsf' | 'mathtt' | 'operatorname' | 'mbox' | 'hbox' ) '*'?
           ( WS? '{' TEXT_BODY '}' | WS [a-zA-Z] ) ;
// \mathbb{1}, \mathbf{1}, \mathds{1}, \mathbb{I}: an indicator (its condition follows) or, alone, the ones vector
INDICATOR : '\\' ( 'mathbb' | 'mathbf' | 'mathds' | 'mathbbm' | 'boldsymbol' | 'bm' ) WS? '{' WS? '1' WS? '}'
          | '\\' ( 'mathbb' | 'mathbf' | 'mathds' | 'mathbbm' ) WS '1'
          | '\\mathbb' WS? '{' WS? 'I' WS? '}' ;
FONT     : '\\' ( 'mathbf' | 'boldsymbol' | 'bm' | 'mathbfit' | 'pmb' | 'mathcal' | 'mathbb' | 'mathscr'
                | 'mathfrak' | 'vb' ) ;
OLDFONT  : '\\' ( 'bf' | 'rm' | 'it' | 'cal' | 'sf' | 'tt' | 'boldmath' ) ;
DECOR    : '\\' ( 'hat' | 'widehat' | 'tilde' | 'widetilde' | 'bar' | 'overline' | 'vec' | 'dot' | 'ddot'
                | 'check' | 'breve' | 'acute' | 'grave' | 'mathring' | 'overrightarrow' | 'underline' ) ;
BRACE_NOTE : '\\underbrace' | '\\overbrace' ;
STACK    : '\\overset' | '\\underset' | '\\stackrel' ;

FRAC     : '\\frac' | '\\dfrac' | '\\tfrac' | '\\cfrac' ;
SQRT     : '\\sqrt' ;
BINOM    : '\\binom' | '\\dbinom' | '\\tbinom' ;
SUM      : '\\sum' | '\u2211' ;
PROD     : '\\prod' | '\u220F' ;
INTEGRAL : '\\int' | '\\iint' | '\\oint' | '\u222B' ;
PARTIAL  : '\\partial' | '\u2202' ;
NABLA    : '\\nabla' | '\u2207' ;
FUNC     : '\\' ( 'log' | 'ln' | 'lg' | 'exp' | 'sin' | 'cos' | 'tan' | 'cot' | 'sec' | 'csc' | 'sinh' | 'cosh'
                | 'tanh' | 'coth' | 'arcsin' | 'arccos' | 'arctan' | 'max' | 'min' | 'arg' | 'argmax'
                | 'argmin' | 'det' | 'lim' | 'sup' | 'inf' | 'Pr' | 'sgn' | 'tr' | 'diag' | 'liminf'
                | 'limsup' | 'dim' | 'ker' | 'deg' | 'gcd' ) ;
GREEK    : '\\' ( 'alpha' | 'beta' | 'gamma' | 'delta' | 'epsilon' | 'varepsilon' | 'zeta' | 'eta' | 'theta'
                | 'vartheta' | 'iota' | 'kappa' | 'varkappa' | 'lambda' | 'mu' | 'nu' | 'xi' | 'pi' | 'varpi'
                | 'rho' | 'varrho' | 'sigma' | 'varsigma' | 'tau' | 'upsilon' | 'phi' | 'varphi' | 'chi'
                | 'psi' | 'omega' | 'Gamma' | 'Delta' | 'Theta' | 'Lambda' | 'Xi' | 'Pi' | 'Sigma'
                | 'Upsilon' | 'Phi' | 'Psi' | 'Omega' | 'ell' )
         | [\u0391-\u03A1\u03A3-\u03A9\u03B1-\u03C9\u03D1\u03D5\u03F5] ;

PLUS     : '+' ;
MINUS    : '-' | '\u2212' ;
PLUS_MINUS : '\\pm' | '\\mp' | '\u00B1' ;
STAR     : '*' | '\\ast' | '\\star' | '\\ddagger' ;
CDOT     : '\\cdot' | '\\cdotp' | '\\bullet' | '\\centerdot' | '\u00B7' | '\u22C5' ;
TIMES    : '\\times' | '\u00D7' ;
SLASH    : '/' ;
DIVIDE   : '\\div' | '\u00F7' ;
ODOT     : '\\odot' | '\\oslash' | '\u2298' | '\\otimes' | '\\oplus' | '\\circ' | '\u2299' | '\u2297' ;

EQ       : '=' ;
DEF_EQ   : ':=' | '\\coloneqq' | '\\triangleq' | '\\equiv' | '\\doteq' | '\u2254' | '\u225C' | '\u2261' ;
APPROX   : '\\approx' | '\\simeq' | '\\cong' | '\\propto' | '\\sim' | '\u2248' | '\u221D' ;
NEQ      : '\\neq' | '\\ne' | '\u2260' | '!=' ;
LEQ      : '\\leq' | '\\le' | '\\leqslant' | '\u2264' | '<=' ;
GEQ      : '\\geq' | '\\ge' | '\\geqslant' | '\u2265' | '>=' ;
LT       : '<' | '\\lt' ;
GT       : '>' | '\\gt' ;
IN       : '\\in' | '\u2208' ;
NOT_IN   : '\\notin' | '\u2209' ;
ARROW    : '\\Rightarrow' | '\\implies' | '\\Longrightarrow' | '\\iff' | '\\Leftrightarrow'
         | '\\Longleftrightarrow' | '\\to' | '\\rightarrow' | '\\longrightarrow' | '\\mapsto'
         | '\\leftarrow' | '\\therefore' | '\\because' | '\u21D2' | '\u2192' | '\u27F9' ;
FORALL   : '\\forall' | '\u2200' ;
INFINITY : '\\infty' | '\u221E' ;
DOTS     : '\\dots' | '\\cdots' | '\\ldots' | '\\vdots' | '\\ddots' | '\\dotsc' | '\\dotsb' | '\\dotsm'
         | '...' | '\u2026' | '\u22EF' ;
TRANSPOSE : '\\top' | '\\intercal' | '\u22A4' ;
PRIME    : '\'' | '\u2032' ;
PRIME_CMD : '\\prime' ;

LINEBREAK : '\\\\' '*'? ( [ \t]* '[' ~[\]\r\n]* ']' )? ;
AMP      : '&' ;
BEGIN    : '\\begin' WS? '{' [a-zA-Z]+ '*'? '}' ;
END      : '\\end' WS? '{' [a-zA-Z]+ '*'? '}' ;

LPAREN   : '(' ;
RPAREN   : ')' ;
LBRACK   : '[' ;
RBRACK   : ']' ;
LBRACE   : '{' ;
RBRACE   : '}' ;
LBRACE_LIT : '\\{' | '\\lbrace' ;
RBRACE_LIT : '\\}' | '\\rbrace' ;
LANGLE   : '\\langle' ;
RANGLE   : '\\rangle' ;
FLOOR    : '\\lfloor' | '\\rfloor' | '\\lceil' | '\\rceil' ;
BAR      : '|' | '\\vert' | '\\lvert' | '\\rvert' | '\\mid' ;
NORM     : '\\|' | '\\Vert' | '\\lVert' | '\\rVert' | '\u2016' ;
CARET    : '^' ;
UNDERSCORE : '_' ;
COMMA    : ',' ;
SEMI     : ';' ;
COLON    : ':' ;
DOT      : '.' ;
BANG     : '!' ;
QUESTION : '?' ;

DIGIT    : [0-9] ;
LETTER   : [a-zA-Z] ;

ESCAPED  : '\\' ~[a-zA-Z] ;
CMD      : '\\' [a-zA-Z]+ ;
OTHER    : . ;

fragment TEXT_BODY : ( ~[{}] | '{' TEXT_BODY '}' )* ;
