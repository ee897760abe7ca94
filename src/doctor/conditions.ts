// `if:` conditions evaluated as the runner evaluates them (GitHub's evaluator semantics: case-insensitive string
// comparison, type coercion, `&&`/`||` returning operands), but with some facts unknown. A value the workflow does not
// show is `unknown`; one that a secret being set decides is `unknown` with `secret`; the repository names of the two
// sides of a pull request are symbols (the base repository is the one a workflow names, a fork's head is not).
import { Evaluator, data, wellKnownFunctions, type Expr } from '@actions/expressions'
import {
  Binary,
  ContextAccess,
  FunctionCall,
  Grouping,
  IndexAccess,
  Literal,
  Logical,
  Unary,
  type ExprVisitor,
} from '@actions/expressions/ast'
import { TokenType, type Token } from '@actions/expressions/lexer'
import { equals, greaterThan, lessThan, truthy } from '@actions/expressions/result'
import { contextPath, literals, parseExpression, readPaths, STATUS_FUNCTIONS } from './expressions.js'

export type Value =
  | { kind: 'known'; data: data.ExpressionData }
  | { kind: 'unknown'; secret: boolean }
  | { kind: 'repository'; side: 'base' | 'head' }

export const UNKNOWN: Value = { kind: 'unknown', secret: false }
export const SECRET_DEPENDENT: Value = { kind: 'unknown', secret: true }
export const known = (value: data.ExpressionData): Value => ({ kind: 'known', data: value })
export const knownString = (value: string): Value => known(new data.StringData(value))
export const knownBoolean = (value: boolean): Value => known(new data.BooleanData(value))
export const knownNull: Value = known(new data.Null())

export interface Facts {
  /** The value at a context path (segments lower-cased). */
  lookup(path: string[]): Value
  /** success(), always(), failure(), cancelled() where the condition is evaluated. */
  status(name: (typeof STATUS_FUNCTIONS)[number]): Value
}

/** How a condition comes out: `secret` is unknown, and decided by whether a secret is set. */
export type Outcome = 'true' | 'false' | 'unknown' | 'secret'

/** The outcome of a condition in the form the runner evaluates (`success() && (...)`); unparsable is unknown. */
export function evaluateCondition(condition: string, facts: Facts): Outcome {
  const expr = parseExpression(condition)
  return expr ? outcome(evaluate(expr, facts)) : 'unknown'
}

export function evaluate(expr: Expr, facts: Facts): Value {
  return expr.accept(new PartialEvaluator(facts))
}

export function outcome(value: Value): Outcome {
  const truth = truthiness(value)
  if (truth !== undefined) return truth ? 'true' : 'false'
  return value.kind === 'unknown' && value.secret ? 'secret' : 'unknown'
}

function truthiness(value: Value): boolean | undefined {
  if (value.kind === 'known') return truthy(value.data)
  if (value.kind === 'repository') return true
  return undefined
}

const anyToken: Token = {
  type: TokenType.STRING,
  lexeme: '',
  range: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } },
}
const asLiteral = (value: data.ExpressionData) => new Literal(value, anyToken)

function unknownOf(...values: Value[]): Value {
  return values.some((value) => value.kind === 'unknown' && value.secret) ? SECRET_DEPENDENT : UNKNOWN
}

class PartialEvaluator implements ExprVisitor<Value> {
  constructor(private readonly facts: Facts) {}

  visitLiteral(literal: Literal): Value {
    return known(literal.literal)
  }

  visitGrouping(grouping: Grouping): Value {
    return grouping.group.accept(this)
  }

  visitContextAccess(access: ContextAccess): Value {
    return this.facts.lookup([access.name.lexeme.toLowerCase()])
  }

  visitIndexAccess(access: IndexAccess): Value {
    const path = contextPath(access)
    if (path) return this.facts.lookup(path)
    const base = access.expr.accept(this)
    const index = access.index.accept(this)
    if (base.kind !== 'known' || index.kind !== 'known') return unknownOf(base, index)
    return this.run(new IndexAccess(asLiteral(base.data), asLiteral(index.data)))
  }

  visitUnary(unary: Unary): Value {
    const value = unary.expr.accept(this)
    const truth = truthiness(value)
    return truth === undefined ? unknownOf(value) : knownBoolean(!truth)
  }

  visitBinary(binary: Binary): Value {
    const left = binary.left.accept(this)
    const right = binary.right.accept(this)
    if (left.kind === 'unknown' || right.kind === 'unknown') return unknownOf(left, right)
    const operator = binary.operator.type
    if (left.kind === 'repository' || right.kind === 'repository') {
      if (operator !== TokenType.EQUAL_EQUAL && operator !== TokenType.BANG_EQUAL) return UNKNOWN
      const same = sameRepository(left, right)
      return knownBoolean(operator === TokenType.EQUAL_EQUAL ? same : !same)
    }
    const [l, r] = [left.data, right.data]
    switch (operator) {
      case TokenType.EQUAL_EQUAL:
        return knownBoolean(equals(l, r))
      case TokenType.BANG_EQUAL:
        return knownBoolean(!equals(l, r))
      case TokenType.GREATER:
        return knownBoolean(greaterThan(l, r))
      case TokenType.GREATER_EQUAL:
        return knownBoolean(equals(l, r) || greaterThan(l, r))
      case TokenType.LESS:
        return knownBoolean(lessThan(l, r))
      case TokenType.LESS_EQUAL:
        return knownBoolean(equals(l, r) || lessThan(l, r))
    }
    return UNKNOWN
  }

  visitLogical(logical: Logical): Value {
    const isAnd = logical.operator.type === TokenType.AND
    const pending: Value[] = []
    let last: Value = UNKNOWN
    for (const arg of logical.args) {
      const value = arg.accept(this)
      const truth = truthiness(value)
      // `a && b` stops at the first falsy operand, `a || b` at the first truthy one; an unknown operand before it
      // leaves the value open but not whether it is truthy.
      if (truth === (isAnd ? false : true)) return pending.length === 0 ? value : knownBoolean(!isAnd)
      if (truth === undefined) pending.push(value)
      last = value
    }
    return pending.length > 0 ? unknownOf(...pending) : last
  }

  visitFunctionCall(call: FunctionCall): Value {
    const name = call.functionName.lexeme.toLowerCase()
    if ((STATUS_FUNCTIONS as readonly string[]).includes(name))
      return this.facts.status(name as (typeof STATUS_FUNCTIONS)[number])
    const args = call.args.map((arg) => arg.accept(this))
    const repository = args[0]?.kind === 'repository' ? args[0] : undefined
    if (repository && ['contains', 'startswith', 'endswith'].includes(name) && args[1]?.kind === 'known')
      return knownBoolean(repository.side === 'base')
    if (args.some((arg) => arg.kind !== 'known') || !wellKnownFunctions[name]) return unknownOf(...args)
    return this.run(
      new FunctionCall(
        call.functionName,
        args.map((arg) => asLiteral((arg as { data: data.ExpressionData }).data)),
      ),
    )
  }

  private run(expr: Expr): Value {
    try {
      return known(new Evaluator(expr, new data.Dictionary()).evaluate())
    } catch {
      return UNKNOWN
    }
  }
}

/** A symbol against a symbol: the same side; against a string a workflow wrote: that is the base repository's name. */
function sameRepository(left: Value, right: Value): boolean {
  if (left.kind === 'repository' && right.kind === 'repository') return left.side === right.side
  const [symbol, other] = left.kind === 'repository' ? [left, right] : [right as { side: string }, left]
  return other.kind === 'known' && other.data.kind === data.Kind.String && symbol.side === 'base'
}

/** Facts from fixed assignments of some paths; everything else unknown. */
class Assignment implements Facts {
  constructor(private readonly values: Map<string, data.ExpressionData>) {}
  lookup(path: string[]): Value {
    const value = this.values.get(path.join('.'))
    return value ? known(value) : UNKNOWN
  }
  status(): Value {
    return UNKNOWN
  }
}

const MAX_COMBINATIONS = 512

/**
 * Whether two conditions (runner form) can both hold in one run. The paths both read, and `github.event_name` (one of
 * the workflow's triggers), are given each value either compares them with, and one that neither does; any other fact
 * stays unknown. Two conditions exclude each other when no assignment leaves both possibly true.
 */
export function canBothHold(a: string | undefined, b: string | undefined, triggers: string[]): boolean {
  const left = a ? parseExpression(a) : undefined
  const right = b ? parseExpression(b) : undefined
  const exprs = [left, right].filter((expr): expr is Expr => expr !== undefined)
  const pathsOf = (expr: Expr | undefined) => new Set(expr ? readPaths(expr).map((path) => path.join('.')) : [])
  const [leftPaths, rightPaths] = [pathsOf(left), pathsOf(right)]
  // A path tested with contains() or startsWith() can hold values no literal shows: it stays unknown.
  const inFunctions = new Set(exprs.flatMap(pathsInFunctionCalls))
  const shared = [...leftPaths].filter((path) => rightPaths.has(path) && !path.includes('*') && !inFunctions.has(path))
  const eventKnown = triggers.length > 0 && !triggers.includes('workflow_call')
  const event = 'github.event_name'
  if (eventKnown && (leftPaths.has(event) || rightPaths.has(event)) && !shared.includes(event)) shared.push(event)

  const compared = exprs.flatMap(literals).map((literal) => literal.literal)
  const others: data.ExpressionData[] = [new data.StringData('\u0000another value'), new data.Null()]
  const candidates = shared.map((path) =>
    path === event && eventKnown ? triggers.map((trigger) => new data.StringData(trigger)) : [...compared, ...others],
  )
  if (candidates.reduce((product, values) => product * values.length, 1) > MAX_COMBINATIONS) return true
  const possible = (expr: Expr | undefined, facts: Facts) => !expr || outcome(evaluate(expr, facts)) !== 'false'
  for (const combination of product(candidates)) {
    const facts = new Assignment(new Map(shared.map((path, index) => [path, combination[index]])))
    if (possible(left, facts) && possible(right, facts)) return true
  }
  return false
}

function pathsInFunctionCalls(expr: Expr): string[] {
  const found: string[] = []
  const visit = (node: Expr, inCall: boolean): void => {
    const path = contextPath(node)
    if (path) {
      if (inCall) found.push(path.join('.'))
      return
    }
    if (node instanceof FunctionCall) node.args.forEach((arg) => visit(arg, true))
    else if (node instanceof Binary) [node.left, node.right].forEach((arg) => visit(arg, inCall))
    else if (node instanceof Logical) node.args.forEach((arg) => visit(arg, inCall))
    else if (node instanceof Unary) visit(node.expr, inCall)
    else if (node instanceof Grouping) visit(node.group, inCall)
    else if (node instanceof IndexAccess) [node.expr, node.index].forEach((arg) => visit(arg, inCall))
  }
  visit(expr, false)
  return found
}

function* product<T>(lists: T[][]): Generator<T[]> {
  if (lists.length === 0) {
    yield []
    return
  }
  const [first, ...rest] = lists
  for (const item of first) for (const tail of product(rest)) yield [item, ...tail]
}
