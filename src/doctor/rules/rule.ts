import type { ActionContext } from '../actions.js'
import type { AlembicEnvironment } from '../alembic.js'
import type { DatabaseMap } from '../databases.js'
import type { ForkScenario } from '../fork-scenario.js'
import type { NeedsGraph } from '../needs-graph.js'
import type { ActionManifest } from '../this-action-manifest.js'
import type { Finding, Severity } from '../types.js'
import type { ValueTracer } from '../value-origin.js'
import type { Workflow } from '../workflow-model.js'

export interface WorkflowFacts {
  workflow: Workflow
  databases: DatabaseMap
  needs: NeedsGraph
  /** Where values come from (secrets, Neon outputs, script variables). */
  tracer: ValueTracer
  /** What runs on a pull request from a fork. */
  fork: ForkScenario
}

export interface UnreadableWorkflow {
  file: string
  line: number
  message: string
}

/** Everything the rules look at, read once. */
export interface Workspace {
  actions: ActionContext
  /** This action's inputs and outputs (from its action.yml), if the doctor could find it. */
  thisAction: ActionManifest | null
  workflows: WorkflowFacts[]
  unreadable: UnreadableWorkflow[]
  alembic: AlembicEnvironment[]
}

export interface Rule {
  id: string
  severity: Severity
  /** What it catches, in one line. */
  summary: string
  check(workspace: Workspace, report: Reporter): void
}

export type Reporter = (file: string, line: number, message: string, fix: string, severity?: Severity) => void

export function runRule(rule: Rule, workspace: Workspace): Finding[] {
  const findings: Finding[] = []
  rule.check(workspace, (file, line, message, fix, severity = rule.severity) =>
    findings.push({ rule: rule.id, severity, file, line, message, fix }),
  )
  return findings
}
