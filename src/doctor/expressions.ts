// Workflow expressions read with GitHub's own lexer and parser (@actions/expressions): the `${{ }}` spans of a value,
// their syntax tree, and the context paths they read (`steps.db.outputs.url` is ['steps', 'db', 'outputs', 'url']).
import { Lexer, Parser, type Expr } from '@actions/expressions'
import {
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Star,
  Unary,
} from '@actions/expressions/ast'

/** Every context a workflow may name somewhere; where each one is allowed is the workflow parser's business. */
export const CONTEXT_NAMES = [
  'github',
  'env',
  'vars',
  'secrets',
  'inputs',
  'needs',
  'steps',
  'job',
  'jobs',
  'runner',
  'strategy',
  'matrix',
]

/** Functions the runner adds to the built-in ones (contains, format, fromJSON...). */
export const STATUS_FUNCTIONS = ['success', 'always', 'failure', 'cancelled'] as const
const RUNNER_FUNCTIONS = [
  ...STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
]

/** The syntax tree of an expression (without `${{ }}`), or undefined when GitHub would reject it. */
export function parseExpression(text: string): Expr | undefined {
  try {
    return new Parser(new Lexer(text).lex().tokens, CONTEXT_NAMES, RUNNER_FUNCTIONS).parse()
  } catch {
    return undefined
  }
}

export interface EmbeddedExpression {
  /** The text between `${{` and `}}`. */
  expression: string
  /** Where `${{` starts in the value. */
  offset: number
}

/** The `${{ ... }}` spans of a value; a `}}` inside a quoted string literal does not end one. */
export function embeddedExpressions(value: string): EmbeddedExpression[] {
  const found: EmbeddedExpression[] = []
  let at = value.indexOf('${{')
  while (at >= 0) {
    let quoted = false
    let end = -1
    for (let i = at + 3; i < value.length - 1; i++) {
      if (value[i] === "'") quoted = !quoted
      else if (!quoted && value[i] === '}' && value[i + 1] === '}') {
        end = i
        break
      }
    }
    if (end < 0) break
    found.push({ expression: value.slice(at + 3, end).trim(), offset: at })
    at = value.indexOf('${{', end + 2)
  }
  return found
}

/** `a.b['c']` as ['a', 'b', 'c'] (context names and keys lower-cased, as GitHub compares them); `*` stays '*'. */
export function contextPath(expr: Expr): string[] | undefined {
  if (expr instanceof ContextAccess) return [expr.name.lexeme.toLowerCase()]
  if (expr instanceof IndexAccess) {
    const base = contextPath(expr.expr)
    if (!base) return undefined
    if (expr.index instanceof Star) return [...base, '*']
    if (expr.index instanceof Literal && typeof literalValue(expr.index) === 'string')
      return [...base, String(literalValue(expr.index)).toLowerCase()]
    return undefined
  }
  return undefined
}

function literalValue(literal: Literal): unknown {
  const data = literal.literal as unknown as { value?: unknown }
  return data.value
}

/** The context paths an expression reads, each as long as its literal keys go (`steps[matrix.x].outputs` gives ['steps'] and ['matrix', 'x']). */
export function readPaths(expr: Expr): string[][] {
  const paths: string[][] = []
  const visit = (node: Expr): void => {
    const path = contextPath(node)
    if (path) {
      paths.push(path)
      return
    }
    subexpressions(node).forEach(visit)
  }
  visit(expr)
  return paths
}

/** The string, number and boolean literals of an expression (the values it compares things with). */
export function literals(expr: Expr): Literal[] {
  const found: Literal[] = []
  const visit = (node: Expr): void => {
    if (node instanceof Literal) found.push(node)
    // a literal key (`x['name']`) is a name, not a value compared with
    else if (node instanceof IndexAccess && node.index instanceof Literal) visit(node.expr)
    else subexpressions(node).forEach(visit)
  }
  visit(expr)
  return found
}

/** The expressions directly inside one. */
function subexpressions(node: Expr): Expr[] {
  if (node instanceof IndexAccess) return [node.expr, node.index]
  if (node instanceof Binary) return [node.left, node.right]
  if (node instanceof Logical || node instanceof FunctionCall) return node.args
  if (node instanceof Unary) return [node.expr]
  if (node instanceof Grouping) return [node.group]
  return []
}

/**
 * Whether the expression's value can only be true, false or one of its own literals, never a value it reads:
 * `secrets.KEY != ''`, `!env.X`, `secrets.KEY && 'yes' || 'no'` (a falsy secret is the empty string).
 */
export function yieldsOnlyLiterals(expr: Expr): boolean {
  if (expr instanceof Literal || expr instanceof Binary || expr instanceof Unary) return true
  if (expr instanceof Grouping) return yieldsOnlyLiterals(expr.group)
  if (expr instanceof Logical) {
    // `a && b` is a falsy earlier operand or the last one; `a || b` is the first truthy operand.
    const isAnd = expr.operator.lexeme === '&&'
    return isAnd ? yieldsOnlyLiterals(expr.args[expr.args.length - 1]) : expr.args.every(yieldsOnlyLiterals)
  }
  if (expr instanceof FunctionCall)
    return ['contains', 'startswith', 'endswith', ...STATUS_FUNCTIONS].includes(expr.functionName.lexeme.toLowerCase())
  return false
}
