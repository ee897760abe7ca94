// mode: create: create the branch or adopt the one with that name, then hand it to the job.

import { randomUUID } from 'node:crypto'
import { assertUsableBranch } from '../branch-policy.js'
import type { CreateSettings } from '../settings/index.js'
import * as log from '../log.js'
import { creationOf, MissingConnectionTarget, type Branch, type BranchWithConnection } from '../neon/client.js'
import { saveCleanupState } from '../state.js'
import { writeBranchSummary } from '../summary.js'
import { deliverConnection } from './deliver.js'
import type { ModeDeps } from './deps.js'

/**
 * The expiry to give a reused branch, if any: the requested one, when the branch would otherwise expire before half
 * of the requested lifetime has passed (a per-PR branch reused a day later would vanish under the running job).
 * Never shortens, never adds an expiry to a branch that has none.
 */
export function expiryToExtend(
  current: string | undefined,
  requested: string | undefined,
  now: number,
): string | undefined {
  if (!current || !requested) return undefined
  const currentMs = Date.parse(current)
  const requestedMs = Date.parse(requested)
  if (!(requestedMs > currentMs)) return undefined
  return currentMs < now + (requestedMs - now) / 2 ? requested : undefined
}

/** Extends a reused branch's expiry when due; a failure is a warning, the branch is still usable. */
async function extendExpiryIfDue(branch: Branch, requested: string | undefined, deps: ModeDeps): Promise<Branch> {
  const extendTo = expiryToExtend(branch.expiresAt, requested, deps.now())
  if (!extendTo || !deps.client.setExpiration) return branch
  const previous = branch.expiresAt
  try {
    const expiresAt = (await deps.client.setExpiration(branch.id, extendTo)).expiresAt ?? extendTo
    log.info(`Extended the expiry of reused branch '${branch.name}' from ${previous} to ${expiresAt}`)
    return { ...branch, expiresAt }
  } catch (error) {
    log.warning(
      `Could not extend the expiry of reused branch '${branch.name}' (${previous}): ${error instanceof Error ? error.message : String(error)}`,
      'Branch expiry not extended',
    )
    return branch
  }
}

export function cleanupNote(policy: CreateSettings['cleanup'], created: boolean): string {
  if (policy === 'never') return 'kept after the job (cleanup: never)'
  if (policy === 'always') return 'deleted when the job ends (cleanup: always)'
  return created ? 'deleted when the job ends (created by this step)' : 'kept: this step reused it (cleanup: auto)'
}

export async function runCreate(settings: CreateSettings, deps: ModeDeps): Promise<void> {
  const started = deps.now()
  // Saved before asking Neon: if this step dies before it learns the outcome, post can still find the branch by name,
  // and claims it only if it carries this token (sent with the create as the branch's annotation).
  const createToken = randomUUID()
  saveCleanupState({
    projectId: settings.neon.projectId,
    apiHost: settings.neon.apiHost,
    cleanup: settings.cleanup,
    branchName: settings.branchName,
    createToken,
  })
  log.info(
    `Creating branch '${settings.branchName}' from ${settings.parent ? `'${settings.parent}'` : "the project's default branch"}` +
      `${settings.expiresAt ? `, expiring at ${settings.expiresAt}` : ''} (or reusing it if it exists)`,
  )
  const answer = createOrReuse(settings, deps, createToken)
  deps.prepareReadiness?.() // loads while neonctl runs
  const { branch: answered, connection, created } = await answer
  assertUsableBranch(answered, settings.branchName)
  const branch = created ? answered : await extendExpiryIfDue(answered, settings.expiresAt, deps)
  saveCleanupState({ branchId: branch.id, created, expiresAt: branch.expiresAt })

  const delivered = await deliverConnection(
    {
      branch,
      connection,
      projectId: settings.neon.projectId,
      created,
      export: settings.export,
      migrate: settings.migrate,
      run: settings.run,
    },
    deps,
  )
  const outcome = created ? 'created' : 'reused (it already existed)'
  log.notice(
    `Branch '${branch.name}' (${branch.id}) ${outcome}${branch.expiresAt ? `; expires ${branch.expiresAt}` : ''}.`,
    'Neon branch ready',
  )
  await writeBranchSummary({
    title: `Neon branch ${created ? 'created' : 'reused'}`,
    projectId: settings.neon.projectId,
    branch,
    outcome,
    parent: settings.parent
      ? `'${settings.parent}'`
      : `the project's default branch${branch.parentId ? ` (${branch.parentId})` : ''}`,
    host: connection.host,
    poolerHost: connection.poolerHost || connection.host,
    exportedNames: delivered.exportedNames,
    tookMs: deps.now() - started,
    cleanupNote: cleanupNote(settings.cleanup, created),
  })
  await delivered.migrate()
}

/**
 * The client's create, with what a failure left behind saved for post: nothing (post stays quiet), the branch (post
 * decides as usual), or unknown (post looks the name up and checks the token). A branch this step created for a role
 * or database that does not exist is deleted at once, whatever `cleanup` says: nobody can use it.
 */
async function createOrReuse(
  settings: CreateSettings,
  deps: ModeDeps,
  createToken: string,
): Promise<BranchWithConnection> {
  try {
    return await deps.client.createOrReuseBranch({
      name: settings.branchName,
      parent: settings.parent,
      expiresAt: settings.expiresAt,
      suspendTimeoutSeconds: settings.suspendTimeoutSeconds,
      schemaOnly: settings.schemaOnly,
      database: settings.export.database,
      role: settings.export.role,
      createToken,
    })
  } catch (error) {
    const creation = creationOf(error)
    if (creation.kind === 'none') saveCleanupState({ outcome: 'none' })
    if (creation.kind !== 'known') throw error
    const { branch, created } = creation
    saveCleanupState({ branchId: branch.id, created, expiresAt: branch.expiresAt })
    if (!(error instanceof MissingConnectionTarget)) throw error
    const problem = `Input '${error.input}' names a ${error.input} that branch '${branch.name}' does not have: '${error.value}'.`
    if (!created)
      throw new Error(`${problem} The branch existed before this step and is left as it is.`, { cause: error })
    saveCleanupState({ outcome: 'discard' })
    try {
      await deps.client.deleteBranch(branch.id)
      saveCleanupState({ outcome: 'none' })
    } catch (deleteError) {
      const reason = deleteError instanceof Error ? deleteError.message : String(deleteError)
      throw new Error(`${problem} Deleting the branch this step created failed (${reason}); post tries again.`, {
        cause: deleteError,
      })
    }
    throw new Error(`${problem} The branch this step created for it was deleted again.`, { cause: error })
  }
}
