// Array literals such as {C2:C, E2:E} rewritten as HSTACK/VSTACK: HyperFormula evaluates {…} but does not track
// the ranges inside it as dependencies, so the formula would not recalculate when those cells change.

/** Splits `text` on `separator` where it is not inside parentheses or a string literal. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(' || ch === '{') depth++;
    else if (ch === ')' || ch === '}') depth--;
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

function stack(body: string): string {
  const rows = splitTopLevel(body, ';').map((row) => {
    const items = splitTopLevel(row, ',').map((item) => item.trim());
    return items.length === 1 ? (items[0] as string) : `HSTACK(${items.join(', ')})`;
  });
  return rows.length === 1 ? (rows[0] as string) : `VSTACK(${rows.join(', ')})`;
}

/** Rewrites every top-level {…} outside string literals; the formula is otherwise unchanged. */
export function stackArrayLiterals(formula: string): string {
  if (!formula.includes('{')) return formula;
  let out = '';
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] as string;
    if (ch === '"') quoted = !quoted;
    if (quoted || ch !== '{') {
      out += ch;
      continue;
    }
    // Find the matching brace, skipping string literals.
    let depth = 0;
    let inString = false;
    let end = -1;
    for (let j = i; j < formula.length; j++) {
      const c = formula[j];
      if (c === '"') inString = !inString;
      else if (!inString && c === '{') depth++;
      else if (!inString && c === '}' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) return formula; // unbalanced: leave it to HyperFormula to report
    out += stack(stackArrayLiterals(formula.slice(i + 1, end)));
    i = end;
  }
  return out;
}
