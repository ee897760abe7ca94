// mode: create: a branch of this job's own (or the one with that name, reused), handed to the job's later steps.
// The whole create, top to bottom: each line below is one step, in the order it happens.

import { randomUUID } from 'node:crypto'
import { assertUsableBranch } from '../branch-policy.js'
import { exportConnection, prepareConnection } from '../export/export-connection.js'
import * as log from '../log.js'
import type { CreateSettings } from '../settings/index.js'
import { saveCleanupState } from '../state.js'
import { setBranchOutputs } from '../steps/branch-outputs.js'
import { createOrReuseBranch } from '../steps/create-or-reuse.js'
import { extendExpiryIfDue } from '../steps/extend-expiry.js'
import { runMigration } from '../steps/migrate.js'
import { diffSchemaIfDue } from '../steps/schema-diff.js'
import { waitForDatabase } from '../steps/wait-for-database.js'
import { writeBranchSummary } from '../summary.js'
import type { ModeDeps } from './deps.js'

export async function runCreate(settings: CreateSettings, deps: ModeDeps): Promise<void> {
  const started = deps.now()
  const { branchName, neon, export: exportOptions } = settings

  // Save state before asking Neon: if this step dies before it learns the outcome, post can still find the branch
  // by name, and claims it only if it carries this token (sent with the create as the branch's annotation).
  const createToken = randomUUID()
  saveCleanupState({
    projectId: neon.projectId,
    apiHost: neon.apiHost,
    cleanup: settings.cleanup,
    branchName,
    createToken,
  })

  // Create the branch, or reuse the one with that name.
  log.info(
    `Creating branch '${branchName}' from ${settings.parent ? `'${settings.parent}'` : "the project's default branch"}` +
      `${settings.expiresAt ? `, expiring at ${settings.expiresAt}` : ''} (or reusing it if it exists)`,
  )
  const answer = createOrReuseBranch(settings, deps.client, createToken)
  deps.prepareReadiness?.() // loads the Postgres driver while neonctl runs
  const { branch: answered, connection, created, computeState } = await answer

  // Check the branch is usable: the one asked for, never the default or a protected branch.
  assertUsableBranch(answered, branchName)

  // A reused branch keeps long enough for this job.
  const branch = created ? answered : await extendExpiryIfDue(answered, settings.expiresAt, deps)

  // Save what post needs to decide (delete it if this step created it).
  saveCleanupState({ branchId: branch.id, created, expiresAt: branch.expiresAt })

  // Mask the password and URLs before anything below can print them; then the step outputs.
  const urls = prepareConnection(connection, exportOptions)
  setBranchOutputs({ branch, connection, projectId: neon.projectId, created })

  // Wait until the database accepts connections, then export it to the job's later steps.
  await waitForDatabase(connection, exportOptions.ssl, deps, computeState)
  const exported = exportConnection(connection, urls, exportOptions)

  // Say what happened: an annotation and the job summary.
  const outcome = created ? 'created' : 'reused (it already existed)'
  log.notice(
    `Branch '${branch.name}' (${branch.id}) ${outcome}${branch.expiresAt ? `; expires ${branch.expiresAt}` : ''}.`,
    'Neon branch ready',
  )
  await writeBranchSummary({
    title: `Neon branch ${created ? 'created' : 'reused'}`,
    projectId: neon.projectId,
    branch,
    outcome,
    parent: settings.parent
      ? `'${settings.parent}'`
      : `the project's default branch${branch.parentId ? ` (${branch.parentId})` : ''}`,
    connection,
    exportedNames: Object.keys(exported),
    tookMs: deps.now() - started,
    cleanupNote: cleanupNote(settings.cleanup, created),
  })

  // Migrate, once per commit, against the direct URL.
  const migration = settings.migrate
    ? await runMigration(settings.migrate, urls.direct, exported, settings.run, deps)
    : undefined

  // What the migration did to the schema (schema_diff), once per run.
  await diffSchemaIfDue(settings, { branch, parent: settings.parent, migration, madeBranch: created }, deps)
}

export function cleanupNote(policy: CreateSettings['cleanup'], created: boolean): string {
  if (policy === 'never') return 'kept after the job (cleanup: never)'
  if (policy === 'always') return 'deleted when the job ends (cleanup: always)'
  return created ? 'deleted when the job ends (created by this step)' : 'kept: this step reused it (cleanup: auto)'
}
