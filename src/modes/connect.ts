// mode: connect: export an existing branch's connection (the other jobs of a run). Never creates or deletes.
// The whole connect, top to bottom: each line below is one step, in the order it happens.

import { assertUsableBranch } from '../branch-policy.js'
import { exportConnection, prepareConnection } from '../export/export-connection.js'
import * as log from '../log.js'
import type { ConnectSettings } from '../settings/index.js'
import { setBranchOutputs } from '../steps/branch-outputs.js'
import { findBranchToConnect } from '../steps/find-branch.js'
import { runMigration } from '../steps/migrate.js'
import { diffSchemaIfDue } from '../steps/schema-diff.js'
import { waitForDatabase } from '../steps/wait-for-database.js'
import { writeBranchSummary } from '../summary.js'
import type { ModeDeps } from './deps.js'

export async function runConnect(settings: ConnectSettings, deps: ModeDeps): Promise<void> {
  const started = deps.now()
  const { branchName, neon, export: exportOptions } = settings

  // Find the branch by id (branch_id) or by name, with its connection.
  const { branchId } = settings
  log.info(branchId ? `Looking up branch ${branchId}` : `Looking up branch '${branchName}'`)
  const lookup = findBranchToConnect(deps.client, branchId ? { id: branchId } : { name: branchName }, exportOptions)
  deps.prepareReadiness?.() // loads the Postgres driver while neonctl runs
  const { branch, connection, computeState } = await lookup

  // Check the branch is usable: the one asked for, never the default or a protected branch.
  assertUsableBranch(branch, branchName || branch.name)

  // Mask the password and URLs before anything below can print them; then the step outputs.
  const urls = prepareConnection(connection, exportOptions)
  setBranchOutputs({ branch, connection, projectId: neon.projectId, created: false })

  // Wait until the database accepts connections, then export it to the job's later steps.
  await waitForDatabase(connection, exportOptions.ssl, deps, computeState)
  const exported = exportConnection(connection, urls, exportOptions)

  // The job summary.
  await writeBranchSummary({
    title: 'Neon branch connected',
    projectId: neon.projectId,
    branch,
    outcome: 'connected to an existing branch (mode: connect)',
    parent: branch.parentId ?? 'none',
    connection,
    exportedNames: Object.keys(exported),
    tookMs: deps.now() - started,
    cleanupNote: 'not deleted by this job (mode: connect)',
  })

  // Migrate, once per commit, against the direct URL.
  const migration = settings.migrate
    ? await runMigration(settings.migrate, urls.direct, exported, settings.run, deps)
    : undefined

  // What the migration did to the schema (schema_diff), when this job ran it.
  await diffSchemaIfDue(settings, { branch, migration, madeBranch: false }, deps)
}
