// A workflow file read into the few things the rules look at, each with the line it sits on.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import { embeddedExpressions } from './expressions.js'
import { valueLines, type SourceLine } from './source-text.js'
import { readConditions, type Conditions } from './workflow-conditions.js'

/** A scalar setting with the line of its value (the key's line when the value is empty). */
export interface Located {
  value: string
  line: number
  /** The line of the key. */
  keyLine: number
}

/** An expression written somewhere in a job, with where it is. */
export interface ExpressionUse {
  /** The expression without `${{ }}`. */
  expression: string
  line: number
  /** The step it is written in, if any. */
  stepIndex?: number
  /** The keys leading to the value, for messages: `outputs.db_url`, `with.api_key`, `env.DATABASE_URL`, `run`. */
  place: string
}

export type Settings = Map<string, Located>

export interface Step {
  index: number
  /** The line of `uses:` for an action step, else the step's first line. */
  line: number
  id?: string
  uses?: string
  /** A comment after `uses:` on its line (`# v6.0.1` beside a commit SHA). */
  usesComment?: string
  if?: string
  /** The `if:` as the runner evaluates it (`success() && (...)` added when no status function is called). */
  condition: string
  with: Settings
  /** `with:` values split into lines (for `script:` and other multi-line inputs). */
  withLines: Map<string, SourceLine[]>
  env: Settings
  run?: SourceLine[]
}

export interface Service {
  name: string
  image: string
  line: number
}

export interface Job {
  id: string
  line: number
  needs: string[]
  if?: string
  /** The `if:` as the runner evaluates it. */
  condition: string
  /** The deployment environment's name as written (`environment: production` or its `name:`). */
  environment?: string
  /** A job that calls a reusable workflow (`uses:` at job level). */
  usesWorkflow?: string
  env: Settings
  services: Service[]
  outputs: Settings
  steps: Step[]
  /** Every `${{ }}` expression in the job, and every `if:` condition, with its line. */
  expressions: ExpressionUse[]
  /** How many copies of the job a matrix starts at once: a number, or 'unknown' for a computed matrix. */
  parallelCopies: number | 'unknown'
}

export interface Workflow {
  file: string
  triggers: string[]
  /** `on.workflow_call.outputs` of a reusable workflow. */
  callOutputs: string[]
  env: Settings
  jobs: Job[]
}

export type ReadResult = { ok: true; workflow: Workflow } | { ok: false; line: number; message: string }

export function readWorkflow(file: string, source: string): ReadResult {
  const lines = new LineCounter()
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    const line = error.linePos?.[0].line ?? lines.linePos(error.pos[0]).line
    return { ok: false, line, message: error.message.split('\n')[0] }
  }
  return { ok: true, workflow: new WorkflowReader(doc, source, lines, readConditions(file, source)).read(file) }
}

class WorkflowReader {
  constructor(
    private readonly doc: Document,
    private readonly source: string,
    private readonly lines: LineCounter,
    private readonly conditions: Conditions,
  ) {}

  read(file: string): Workflow {
    const root = this.deref(this.doc.contents)
    const on = this.get(root, 'on')
    return {
      file,
      triggers: this.triggers(on),
      callOutputs: this.entries(this.get(this.get(on, 'workflow_call'), 'outputs')).map(([name]) => name),
      env: this.settings(this.get(root, 'env')),
      jobs: this.entries(this.get(root, 'jobs')).map(([id, node, line]) => this.job(id, node, line)),
    }
  }

  private job(id: string, node: Node | undefined, line: number): Job {
    const needs = this.get(node, 'needs')
    const strategy = this.get(node, 'strategy')
    const environment = this.get(node, 'environment')
    return {
      id,
      line,
      needs: isSeq(needs) ? needs.items.map((item) => this.text(item as Node)) : needs ? [this.text(needs)] : [],
      if: this.optionalText(this.get(node, 'if')),
      condition: this.condition(this.get(node, 'if')),
      environment: this.optionalText(isMap(environment) ? this.get(environment, 'name') : environment),
      usesWorkflow: this.optionalText(this.get(node, 'uses')),
      env: this.settings(this.get(node, 'env')),
      services: this.entries(this.get(node, 'services')).map(([name, service, serviceLine]) => ({
        name,
        image: this.text(isMap(service) ? this.get(service, 'image') : service),
        line: serviceLine,
      })),
      outputs: this.settings(this.get(node, 'outputs')),
      steps: this.items(this.get(node, 'steps')).map((step, index) => this.step(step, index)),
      expressions: this.expressions(node, [], undefined),
      parallelCopies: this.parallelCopies(this.get(strategy, 'matrix'), this.get(strategy, 'max-parallel')),
    }
  }

  private step(node: Node, index: number): Step {
    const run = this.get(node, 'run')
    const withNode = this.get(node, 'with')
    const uses = this.get(node, 'uses')
    const withLines = new Map<string, SourceLine[]>()
    for (const [key, value] of this.entries(withNode)) if (isScalar(value)) withLines.set(key, this.scalarLines(value))
    return {
      index,
      line: this.lineOf(uses ?? node),
      id: this.optionalText(this.get(node, 'id')),
      uses: this.optionalText(uses),
      usesComment: uses ? this.trailingComment(uses) : undefined,
      if: this.optionalText(this.get(node, 'if')),
      condition: this.condition(this.get(node, 'if')),
      with: this.settings(withNode),
      withLines,
      env: this.settings(this.get(node, 'env')),
      run: isScalar(run) ? this.scalarLines(run) : undefined,
    }
  }

  /** The runner's form of an `if:` (from the workflow parser); no `if:` is success(). */
  private condition(node: Node | undefined): string {
    if (!node) return 'success()'
    const position = this.lines.linePos(node.range?.[0] ?? 0)
    return this.conditions.get(`${position.line}:${position.col}`) ?? (this.text(node).trim() || 'success()')
  }

  private trailingComment(node: Node): string | undefined {
    const end = node.range?.[1] ?? 0
    const lineEnd = this.source.indexOf('\n', end)
    const rest = this.source.slice(end, lineEnd < 0 ? undefined : lineEnd)
    return /^\s+#\s*(.*?)\s*$/.exec(rest)?.[1]
  }

  /** Every `${{ }}` in the scalars under a node, and `if:` values written without `${{ }}`. */
  private expressions(node: Node | undefined, place: string[], stepIndex: number | undefined): ExpressionUse[] {
    const value = this.deref(node)
    const found: ExpressionUse[] = []
    const where = () =>
      place.filter((key, i) => !(i === 0 && key === 'steps') && !(i === 1 && stepIndex !== undefined)).join('.')
    if (isScalar(value)) {
      const lines = this.scalarLines(value)
      const isCondition =
        place[place.length - 1] === 'if' && (place.length === 1 || (stepIndex !== undefined && place.length === 3))
      const text = this.text(value)
      if (isCondition && !text.includes('${{')) {
        if (text.trim()) found.push({ expression: text.trim(), line: this.lineOf(value), stepIndex, place: where() })
        return found
      }
      for (const line of lines)
        for (const { expression } of embeddedExpressions(line.text))
          found.push({ expression, line: line.line, stepIndex, place: where() })
      return found
    }
    if (isMap(value))
      for (const [key, child] of this.entries(value)) found.push(...this.expressions(child, [...place, key], stepIndex))
    if (isSeq(value))
      this.items(value).forEach((child, index) =>
        found.push(
          ...this.expressions(
            child,
            [...place, String(index)],
            place.length === 1 && place[0] === 'steps' ? index : stepIndex,
          ),
        ),
      )
    return found
  }

  private triggers(node: Node | undefined): string[] {
    if (isMap(node)) return this.entries(node).map(([name]) => name)
    if (isSeq(node)) return node.items.map((item) => this.text(item as Node))
    return node ? [this.text(node)] : []
  }

  /** Copies of a job that run at the same time; 1 without a matrix, 'unknown' for a fromJSON(...) matrix. */
  private parallelCopies(matrix: Node | undefined, maxParallel: Node | undefined): number | 'unknown' {
    if (!matrix) return 1
    if (!isMap(matrix)) return 'unknown'
    let copies = 1
    let include = 0
    for (const [key, value] of this.entries(matrix)) {
      if (key === 'exclude') continue
      if (!isSeq(value)) return 'unknown'
      if (key === 'include') include = value.items.length
      else copies *= value.items.length
    }
    if (copies === 1 && include > 1) copies = include
    const limit = isScalar(maxParallel) ? Number(maxParallel.value) : NaN
    return Number.isFinite(limit) ? Math.min(copies, limit) : copies
  }

  private settings(node: Node | undefined): Settings {
    const result: Settings = new Map()
    for (const [key, value, keyLine] of this.entries(node)) {
      result.set(key, {
        value: value === undefined ? '' : this.text(value),
        line: value ? this.lineOf(value) : keyLine,
        keyLine,
      })
    }
    return result
  }

  private scalarLines(node: Node): SourceLine[] {
    const [start, , end] = node.range ?? [0, 0, 0]
    return valueLines(this.text(node), this.source, start, end, this.lines)
  }

  private entries(node: Node | undefined): Array<[string, Node | undefined, number]> {
    const map = this.deref(node)
    if (!isMap(map)) return []
    return map.items.map((pair) => {
      const key = pair.key as Node
      return [this.text(key), this.deref(pair.value as Node | undefined), this.lineOf(key)]
    })
  }

  private items(node: Node | undefined): Node[] {
    const seq = this.deref(node)
    return isSeq(seq) ? seq.items.map((item) => this.deref(item as Node)).filter((item): item is Node => !!item) : []
  }

  private get(node: Node | undefined, key: string): Node | undefined {
    const map = this.deref(node)
    if (!isMap(map)) return undefined
    const pair = map.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
    return this.deref(pair?.value as Node | undefined)
  }

  private deref(node: Node | null | undefined): Node | undefined {
    if (!node) return undefined
    return isAlias(node) ? (node.resolve(this.doc) as Node | undefined) : node
  }

  private text(node: Node | undefined): string {
    const value = this.deref(node)
    if (isScalar(value)) return value.value === null || value.value === undefined ? '' : String(value.value)
    return value ? String(value) : ''
  }

  private optionalText(node: Node | undefined): string | undefined {
    return node === undefined ? undefined : this.text(node)
  }

  private lineOf(node: Node): number {
    return this.lines.linePos(node.range?.[0] ?? 0).line
  }
}
