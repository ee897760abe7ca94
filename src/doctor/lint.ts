// The pure part of the doctor: a workspace in, findings out. Used by the action's lint mode and by the CLI.
import { parseDocument } from 'yaml'
import { readAlembicEnvironments } from './alembic.js'
import { mapDatabases } from './databases.js'
import { ForkScenario } from './fork-scenario.js'
import { NeedsGraph } from './needs-graph.js'
import { RULE_IDS, RULES } from './rules/index.js'
import { runRule, type UnreadableWorkflow, type Workspace, type WorkflowFacts } from './rules/rule.js'
import { THIS_ACTION_NAME, thisActionManifest } from './this-action-manifest.js'
import type { Finding, LintOptions } from './types.js'
import { ValueTracer } from './value-origin.js'
import { readWorkflow } from './workflow-model.js'
import { WorkspaceFiles } from './workspace-files.js'

const WORKFLOWS = '.github/workflows'

/** What the doctor found to read: a workspace without workflows usually means a missing checkout step. */
export interface WorkspaceContents {
  workflows: number
  alembicFolders: number
}

/** Reads the workspace once: the findings, and what there was to read. */
export function lint(
  dir: string,
  options: LintOptions = { disabledRules: [] },
): { findings: Finding[]; contents: WorkspaceContents } {
  const workspace = readWorkspace(new WorkspaceFiles(dir))
  const disabled = new Set(options.disabledRules)
  const findings = RULES.filter((rule) => !disabled.has(rule.id)).flatMap((rule) => runRule(rule, workspace))
  // A YAML alias repeats a node: the same finding at the same place is reported once.
  const unique = new Map(findings.map((finding) => [JSON.stringify(finding), finding]))
  return {
    findings: [...unique.values()].sort(
      (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule),
    ),
    contents: {
      workflows: workspace.workflows.length + workspace.unreadable.length,
      alembicFolders: workspace.alembic.reduce((count, environment) => count + environment.folders.length, 0),
    },
  }
}

export function lintWorkspace(dir: string, options: LintOptions = { disabledRules: [] }): Finding[] {
  return lint(dir, options).findings
}

/** Rule ids in a user's list that no rule has (likely typos). */
export function unknownRuleIds(ids: string[]): string[] {
  return ids.filter((id) => !RULE_IDS.includes(id))
}

function readWorkspace(files: WorkspaceFiles): Workspace {
  const actions = { localActionIsThis: isThisActionsRepository(files) }
  const workflows: WorkflowFacts[] = []
  const unreadable: UnreadableWorkflow[] = []
  for (const file of workflowFiles(files)) {
    const result = readWorkflow(file, files.read(file))
    if (!result.ok) {
      unreadable.push({ file, line: result.line, message: result.message })
      continue
    }
    const { workflow } = result
    const tracer = new ValueTracer(workflow, actions)
    workflows.push({
      workflow,
      databases: mapDatabases(workflow, actions),
      needs: new NeedsGraph(workflow),
      tracer,
      fork: new ForkScenario(workflow, tracer),
    })
  }
  return { actions, thisAction: thisActionManifest(), workflows, unreadable, alembic: readAlembicEnvironments(files) }
}

function workflowFiles(files: WorkspaceFiles): string[] {
  return files
    .list(WORKFLOWS)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => `${WORKFLOWS}/${name}`)
}

/** In this action's own repository, `uses: ./` is this action. */
function isThisActionsRepository(files: WorkspaceFiles): boolean {
  const manifest = ['action.yml', 'action.yaml'].find((name) => files.exists(name))
  if (!manifest) return false
  const name = parseDocument(files.read(manifest)).get('name')
  return typeof name === 'string' && THIS_ACTION_NAME.test(name.trim())
}
