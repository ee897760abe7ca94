// Job and step `if:` conditions as the runner gets them, read with GitHub's workflow parser: `${{ }}` around the whole
// value dropped, a value with text outside `${{ }}` kept as a string (always true), and `success() && (...)` added
// when the condition calls no status function (the converter's own ensureStatusFunction).
// Imported by module, not from the package's index: the index also loads the converter's cron descriptions
// (cronstrue, 21 KB), which the doctor does not need.
import {
  isBasicExpression,
  isMapping,
  isSequence,
  isString,
} from '@actions/workflow-parser/templates/tokens/type-guards'
import { NoOperationTraceWriter } from '@actions/workflow-parser/templates/trace-writer'
import { parseWorkflow } from '@actions/workflow-parser/workflows/workflow-parser'
import { ensureStatusFunction } from '@actions/workflow-parser/model/converter/if-condition'
import type { MappingToken } from '@actions/workflow-parser/templates/tokens/mapping-token'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'

/** Conditions keyed by the position of the `if:` value, "line:column" (1-based, as the yaml reader counts). */
export type Conditions = Map<string, string>

export function readConditions(file: string, source: string): Conditions {
  const conditions: Conditions = new Map()
  // Without any `if:` every condition is success(): the parse (about 0.1 s for the first file) can be skipped.
  if (!/(^|[\s{,-])if\s*:/m.test(source)) return conditions
  let root: TemplateToken | undefined
  try {
    root = parseWorkflow({ name: file, content: source }, new NoOperationTraceWriter()).value
  } catch {
    return conditions
  }
  const jobs = root && isMapping(root) ? value(root, 'jobs') : undefined
  if (!jobs || !isMapping(jobs)) return conditions
  for (const pair of jobs) {
    if (!isMapping(pair.value)) continue
    addCondition(conditions, value(pair.value, 'if'))
    const steps = value(pair.value, 'steps')
    if (!steps || !isSequence(steps)) continue
    for (const step of steps) if (isMapping(step)) addCondition(conditions, value(step, 'if'))
  }
  return conditions
}

function value(mapping: MappingToken, key: string): TemplateToken | undefined {
  for (const pair of mapping) if (isString(pair.key) && pair.key.value === key) return pair.value
  return undefined
}

function addCondition(conditions: Conditions, token: TemplateToken | undefined): void {
  if (!token?.range) return
  const written = isBasicExpression(token) ? token.expression : isString(token) ? token.value.trim() : String(token)
  const condition = written ? ensureStatusFunction(written, token.definitionInfo) : 'success()'
  conditions.set(`${token.range.start.line}:${token.range.start.column}`, condition)
}
