// The migrate step after the database is ready: runs the command once per commit, sets its outputs, and fails
// the step when the migration failed. Returns whether it ran here or another job had run it.

import { setOutput } from '@actions/core'
import type { MigrateSettings } from '../settings/index.js'
import type { RunContext } from '../run-context.js'
import type { ModeDeps } from '../modes/deps.js'

export class MigrationFailed extends Error {
  constructor(
    message: string,
    readonly exitCode?: number,
  ) {
    super(message)
    this.name = 'MigrationFailed'
  }
}

export function jobLabel(run: RunContext): string {
  return `${run.job || 'job'} (run ${run.runId || '?'}, attempt ${run.runAttempt || '1'})`
}

export async function runMigration(
  settings: MigrateSettings,
  directUrl: string,
  env: Record<string, string>,
  run: RunContext,
  deps: Pick<ModeDeps, 'runMigrateStep'>,
): Promise<'migrated' | 'skipped'> {
  const result = await deps.runMigrateStep({
    command: settings.command,
    directUrl,
    env,
    cwd: settings.cwd,
    workspace: run.workspace,
    timeoutMs: settings.timeoutMs,
    key: run.sha || 'unknown-commit',
    jobLabel: jobLabel(run),
    runAttempt: `${run.runId}/${run.runAttempt}`,
  })
  setOutput('migrate_outcome', result.outcome)
  setOutput('migrate_duration_ms', String(result.durationMs))
  if (result.outcome === 'failed') {
    throw new MigrationFailed(result.error ?? 'The migration command failed.', result.exitCode)
  }
  return result.outcome
}
