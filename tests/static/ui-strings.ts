// Finds interface text written into source instead of going through t(): JSX text, text attributes (aria-label,
// title, placeholder...) and prose-looking string literals. Reading source only; which files it covers is the test's.
import ts from 'typescript';

/** Attributes whose value is read or heard by the reader: any letter in a literal here is interface text. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Attributes that hold names, not text: never interface text, whatever they look like. */
const NAME_ATTRIBUTES =
  /^(class|className|id|type|name|for|htmlFor|href|src|role|rel|target|key|autocomplete|inputMode|lang|dir|accept|part|slot|style|method|enterkeyhint|data-.*|aria-(labelledby|describedby|controls|live|current|hidden|haspopup|owns|relevant|keyshortcuts))$/;

/** Two words, or one capitalised word: what a literal looks like when it is text for a reader. */
// A word glued to `.`, `#`, `-`, `/` or `:` is a selector, class or path part (`div.pane pre`), not prose.
const PROSE = /(?<![\p{L}\p{N}.#/:_-])\p{L}{2,}[ \u00a0]+\p{L}|^\s*\p{Lu}\p{Ll}+/u;
const LETTER = /\p{L}/u;

/** Calls whose string arguments are for developers or machines (errors, logs, marks, keys of t() itself). */
const EXEMPT_CALLEE =
  /^(console\.\w+|performance\.(mark|measure|getEntriesByName)|t|plural|localizePage|require|import)$/;

/** A line comment `i18n-exempt: <why>` on the line or the one above exempts that line. */
const EXEMPT_COMMENT = /i18n-exempt:\s*\S/;

/** One piece of hard-coded interface text. */
export interface Finding {
  line: number;
  text: string;
}

function attributeName(node: ts.JsxAttribute): string {
  return node.name.getText();
}

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  return node.expression.getText();
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Whether `node` sits where a literal is not interface text (types, module names, comparisons, keys...). */
function exemptContext(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    const parent = at.parent;
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent))
      return true;
    if (ts.isLiteralTypeNode(parent) || ts.isTypeNode(parent)) return true;
    if (ts.isCaseClause(parent) && parent.expression === at) return true;
    if (ts.isPropertyAssignment(parent) && parent.name === at) return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === at) return true;
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      if (
        op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
        op === ts.SyntaxKind.EqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsToken
      )
        return true;
    }
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== at) {
      const callee = calleeName(parent);
      if (EXEMPT_CALLEE.test(callee) || /Error$/.test(callee)) return true;
    }
    if (ts.isTaggedTemplateExpression(parent)) return true;
    if (ts.isJsxAttribute(parent)) return NAME_ATTRIBUTES.test(attributeName(parent));
    // Stop at the statement: what lies outside it does not make a literal inside it technical.
    if (ts.isStatement(parent)) return false;
  }
  return false;
}

function insideTextAttribute(node: ts.Node): boolean {
  for (let at: ts.Node = node; at.parent; at = at.parent) {
    if (ts.isJsxAttribute(at.parent)) return TEXT_ATTRIBUTES.has(attributeName(at.parent));
    if (ts.isStatement(at.parent)) return false;
  }
  return false;
}

/** Every hard-coded piece of interface text in one source file. */
export function findHardCodedText(fileName: string, source: string): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines = source.split('\n');
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
    if (EXEMPT_COMMENT.test(lines[line] ?? '') || EXEMPT_COMMENT.test(lines[line - 1] ?? '')) return;
    findings.push({ line: line + 1, text: text.trim().replace(/\s+/g, ' ') });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (LETTER.test(node.text)) report(node, node.text);
      return;
    }
    const text = literalText(node);
    if (text !== null) {
      const looksLikeText = insideTextAttribute(node) ? LETTER.test(text) : PROSE.test(text);
      if (looksLikeText && !exemptContext(node)) {
        report(node, text);
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}
