// The schema diff step, last in create, connect and reset: once per run (src/schema-diff/which-job.ts says which
// job), the branch's schema against its parent's, in the job summary and (schema_diff: comment) on the pull request.

import { setOutput } from '@actions/core'
import * as log from '../log.js'
import type { ModeDeps } from '../modes/deps.js'
import type { Branch } from '../neon/client.js'
import { whetherToDiff, type MigrationOutcome } from '../schema-diff/which-job.js'
import type { ExportOptions, NeonAccess, SchemaDiffOptions } from '../settings/index.js'
import type { RunContext } from '../run-context.js'

export interface DiffStepFacts {
  branch: Branch
  /** how to show the parent: its name when the inputs gave it; else the parent's id is shown */
  parent?: string
  /** undefined when the step has no migration command */
  migration?: MigrationOutcome
  /** this step created the branch or reset it */
  madeBranch: boolean
}

export async function diffSchemaIfDue(
  settings: { schemaDiff: SchemaDiffOptions; neon: NeonAccess; export: ExportOptions; run: RunContext },
  facts: DiffStepFacts,
  deps: Pick<ModeDeps, 'client' | 'clientUntil' | 'now' | 'timeoutMs'>,
): Promise<void> {
  const { setting, githubToken } = settings.schemaDiff
  if (setting === 'off') return
  const decision = whetherToDiff(facts)
  if (!decision.diff) {
    log.info(`No schema diff in this job: ${decision.reason}.`)
    return
  }
  try {
    const client =
      deps.clientUntil && deps.timeoutMs ? await deps.clientUntil(deps.now() + deps.timeoutMs) : deps.client
    // loaded only when a diff is made: the PR comment brings Octokit, about 0.1 s of every job's start-up
    const { runSchemaDiff } = await import('../schema-diff/index.js')
    const result = await runSchemaDiff({
      setting,
      client,
      projectId: settings.neon.projectId,
      branch: facts.branch,
      parent: facts.parent,
      database: settings.export.database,
      run: settings.run,
      githubToken,
    })
    if (result.changed !== undefined) setOutput('schema_changed', String(result.changed))
    if (result.comment && 'url' in result.comment) setOutput('schema_diff_comment_url', result.comment.url)
  } catch (error) {
    // a review aid: the branch and the migration are what the job needs
    log.warning(
      `The schema diff failed: ${error instanceof Error ? error.message : String(error)}`,
      'Schema diff failed',
    )
  }
}
