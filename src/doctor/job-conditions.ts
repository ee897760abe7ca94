// Whether two jobs' `if:` conditions can both be true in one run. Only plain comparisons of github.* contexts with
// string literals are understood (`github.event_name == 'push' && github.event.action != 'closed'`, and ORs of `==`
// on one context); anything else is assumed satisfiable, so the doctor errs on the side of reporting.

interface Constraint {
  allowed?: Set<string>
  forbidden: Set<string>
}

type Constraints = Map<string, Constraint>

const COMPARISON = /^(github\.[\w.]+)\s*(==|!=)\s*'([^']*)'$|^'([^']*)'\s*(==|!=)\s*(github\.[\w.]+)$/

export function canRunTogether(a: string | undefined, b: string | undefined): boolean {
  const left = constraints(a)
  const right = constraints(b)
  for (const [context, one] of left) {
    const other = right.get(context)
    if (other && !compatible(one, other)) return false
  }
  return true
}

function compatible(a: Constraint, b: Constraint): boolean {
  const possible = (allowed: Set<string> | undefined, forbidden: Set<string>) =>
    allowed === undefined || [...allowed].some((value) => !forbidden.has(value))
  if (a.allowed && b.allowed && ![...a.allowed].some((value) => b.allowed!.has(value))) return false
  const forbidden = new Set([...a.forbidden, ...b.forbidden])
  return possible(a.allowed, forbidden) && possible(b.allowed, forbidden)
}

function constraints(condition: string | undefined): Constraints {
  const result: Constraints = new Map()
  if (!condition) return result
  const expression = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
  for (const term of splitTopLevel(expression, '&&')) {
    const parsed = parseTerm(term)
    if (!parsed) continue
    const constraint = result.get(parsed.context) ?? { forbidden: new Set<string>() }
    if (parsed.allowed) {
      constraint.allowed = constraint.allowed
        ? new Set([...constraint.allowed].filter((value) => parsed.allowed!.has(value)))
        : parsed.allowed
    }
    for (const value of parsed.forbidden) constraint.forbidden.add(value)
    result.set(parsed.context, constraint)
  }
  return result
}

/** `X == 'a'`, `X != 'a'`, or `(X == 'a' || X == 'b')`. */
function parseTerm(term: string): { context: string; allowed?: Set<string>; forbidden: string[] } | undefined {
  const text = unwrap(term)
  const alternatives = splitTopLevel(text, '||')
  const comparisons = alternatives.map((alternative) => COMPARISON.exec(unwrap(alternative)))
  if (comparisons.some((match) => !match)) return undefined
  const parts = comparisons.map((match) => ({
    context: match![1] ?? match![6],
    operator: match![2] ?? match![5],
    value: match![3] ?? match![4],
  }))
  const context = parts[0].context
  if (parts.some((part) => part.context !== context)) return undefined
  if (parts.length === 1 && parts[0].operator === '!=') return { context, forbidden: [parts[0].value] }
  if (parts.some((part) => part.operator !== '==')) return undefined
  return { context, allowed: new Set(parts.map((part) => part.value)), forbidden: [] }
}

/** Drops parentheses around the whole text: `((a))` is `a`, `(a) && (b)` stays. */
function unwrap(text: string): string {
  let result = text.trim()
  while (result.startsWith('(') && result.endsWith(')') && balanced(result.slice(1, -1)))
    result = result.slice(1, -1).trim()
  return result
}

function balanced(text: string): boolean {
  let depth = 0
  for (const char of text) {
    if (char === '(') depth++
    if (char === ')' && --depth < 0) return false
  }
  return depth === 0
}

/** Splits at an operator outside parentheses and quotes. */
function splitTopLevel(text: string, operator: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === "'") quoted = !quoted
    if (quoted) continue
    if (char === '(') depth++
    if (char === ')') depth--
    if (depth === 0 && text.startsWith(operator, i)) {
      parts.push(text.slice(start, i))
      start = i + operator.length
      i += operator.length - 1
    }
  }
  parts.push(text.slice(start))
  return parts.map((part) => part.trim()).filter(Boolean)
}
