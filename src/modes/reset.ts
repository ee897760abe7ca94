// mode: reset: the branch with that name, reset to its parent's latest state (same id, name, host and URLs; the
// parent's schema and rows), then handed to the job as connect does, migrated and diffed. A branch that does not
// exist yet (the first push of a pull request, or its expiry passed) is created as mode: create would.
// The whole reset, top to bottom: each line below is one step, in the order it happens.

import { assertUsableBranch } from '../branch-policy.js'
import { exportConnection, prepareConnection } from '../export/export-connection.js'
import * as log from '../log.js'
import { MissingConnectionTarget } from '../neon/client.js'
import type { ResetSettings } from '../settings/index.js'
import { saveCleanupState } from '../state.js'
import { setBranchOutputs } from '../steps/branch-outputs.js'
import { missingTargetProblem } from '../steps/create-or-reuse.js'
import { extendExpiryIfDue } from '../steps/extend-expiry.js'
import { runMigration } from '../steps/migrate.js'
import { resetToParentAndWait } from '../steps/reset-to-parent.js'
import { diffSchemaIfDue } from '../steps/schema-diff.js'
import { waitForDatabase } from '../steps/wait-for-database.js'
import { writeBranchSummary } from '../summary.js'
import { cleanupNote, runCreate } from './create.js'
import type { ModeDeps } from './deps.js'

export async function runReset(settings: ResetSettings, deps: ModeDeps): Promise<void> {
  const started = deps.now()
  const { branchName, neon, export: exportOptions } = settings

  // Find the branch by name (with its connection: the role and database are checked before anything is reset).
  log.info(`Looking up branch '${branchName}'`)
  const lookup = deps.client.findBranchWithConnection(branchName, exportOptions.database, exportOptions.role)
  deps.prepareReadiness?.() // loads the Postgres driver while neonctl runs
  const found = await lookup.catch((error: unknown) => {
    if (!(error instanceof MissingConnectionTarget)) throw error
    throw new Error(`${missingTargetProblem(error, branchName)} Nothing was reset.`, { cause: error })
  })

  // None yet: create it, as mode: create does (fresh from its parent already).
  if (!found) {
    log.info(`Branch '${branchName}' does not exist yet: creating it (mode: reset creates a missing branch)`)
    return runCreate({ ...settings, mode: 'create' }, deps)
  }

  // Check the branch is usable: the one asked for, never the default or a protected branch (nor reset them).
  assertUsableBranch(found.branch, branchName)

  // Save what post needs: this step did not create the branch (cleanup: auto keeps it, always deletes it).
  saveCleanupState({
    projectId: neon.projectId,
    apiHost: neon.apiHost,
    cleanup: settings.cleanup,
    branchName,
    branchId: found.branch.id,
    created: false,
    expiresAt: found.branch.expiresAt,
  })

  // Reset it to its parent's latest state, and wait until Neon has finished.
  const reset = await resetToParentAndWait(deps.client, found.branch, { deadline: deps.deadline, now: deps.now })

  // It keeps long enough for this job.
  const branch = await extendExpiryIfDue(reset, settings.expiresAt, deps)
  saveCleanupState({ expiresAt: branch.expiresAt })

  // Its connection as it is after the reset (Neon keeps it; asked again, not assumed).
  const connection = await deps.client
    .getConnection(branch.id, exportOptions.database, exportOptions.role)
    .catch((error: unknown) => {
      if (!(error instanceof MissingConnectionTarget)) throw error
      throw new Error(`${missingTargetProblem(error, branchName)} The reset gave the branch its parent's.`, {
        cause: error,
      })
    })

  // Mask the password and URLs before anything below can print them; then the step outputs.
  const urls = prepareConnection(connection, exportOptions)
  setBranchOutputs({ branch, connection, projectId: neon.projectId, created: false })

  // Wait until the database accepts connections, then export it to the job's later steps.
  await waitForDatabase(connection, exportOptions.ssl, deps)
  const exported = exportConnection(connection, urls, exportOptions)

  // Say what happened: an annotation and the job summary.
  log.notice(
    `Branch '${branch.name}' (${branch.id}) reset to its parent's latest state` +
      `${branch.expiresAt ? `; expires ${branch.expiresAt}` : ''}.`,
    'Neon branch reset',
  )
  await writeBranchSummary({
    title: 'Neon branch reset',
    projectId: neon.projectId,
    branch,
    outcome: "reset to its parent's latest state (mode: reset)",
    parent: branch.parentId ?? 'none',
    connection,
    exportedNames: Object.keys(exported),
    tookMs: deps.now() - started,
    cleanupNote: cleanupNote(settings.cleanup, false),
  })

  // Migrate, once per commit: the reset took the migration record with the old data, so it runs again.
  const migration = settings.migrate
    ? await runMigration(settings.migrate, urls.direct, exported, settings.run, deps)
    : undefined

  // What the migration did to the schema (schema_diff), once per run.
  await diffSchemaIfDue(settings, { branch, migration, madeBranch: true }, deps)
}
