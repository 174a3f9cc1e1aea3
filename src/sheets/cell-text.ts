// Text the user typed, made safe to write into a cell: it stays text, never a formula, number or date.

// Sheets reads a written string the way it reads typing: "=…" becomes a formula, "+1"/"-1"/"12" numbers,
// "TRUE" a checkbox value, "2026-01-05" a date. A leading apostrophe keeps the rest as plain text.
const NEEDS_APOSTROPHE = /^[=+\-@']|^\s*[+-]?(\d|\.\d)|^\s*(true|false)\s*$|^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\s*$/i;

export function asCellText(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}
