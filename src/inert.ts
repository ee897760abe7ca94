// Makes text from outside (inputs, Neon's answers, neonctl's stderr, a migration's output, GitHub's API) inert where
// the action prints it. The runner reads every line the step writes to stdout: a line that starts with `::` (after
// leading white space) is a workflow command, and so is `##[name]...` anywhere in a line (the runner's older
// syntax). Both can add masks, annotations, outputs or stop the runner from reading commands at all.

// C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidirectional overrides (which can make
// a line read differently from what it holds).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function escapeControl(c: string): string {
  const code = c.charCodeAt(0)
  return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
}

/** One value on one line: every control character shown escaped (a newline as \n). */
export function inert(value: unknown): string {
  return String(value).replace(CONTROL, escapeControl)
}

/** A whole log line: inert, and neither a workflow command itself nor holding one in the older `##[` form. */
export function inertLine(line: string): string {
  return inert(line)
    .replace(/##\[/g, '##\\[')
    .replace(/^(\s*)::/, '$1\\::')
}
