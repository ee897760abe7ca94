import type { ActionContext } from '../actions.js'
import type { VersionsFolder } from '../alembic.js'
import type { DatabaseMap } from '../databases.js'
import type { NeedsGraph } from '../needs-graph.js'
import type { Finding, Severity } from '../types.js'
import type { Workflow } from '../workflow-model.js'

export interface WorkflowFacts {
  workflow: Workflow
  databases: DatabaseMap
  needs: NeedsGraph
}

export interface UnreadableWorkflow {
  file: string
  line: number
  message: string
}

/** Everything the rules look at, read once. */
export interface Workspace {
  actions: ActionContext
  workflows: WorkflowFacts[]
  unreadable: UnreadableWorkflow[]
  alembic: VersionsFolder[]
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
