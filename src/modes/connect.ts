// mode: connect: export an existing branch's connection (the other jobs of a run). Never creates or deletes.

import type { ConnectSettings } from '../settings/index.js'
import { writeBranchSummary } from '../summary.js'
import { assertUsableBranch } from '../branch-policy.js'
import { deliverConnection } from './deliver.js'
import type { ModeDeps } from './deps.js'
import * as log from '../log.js'
import { MissingConnectionTarget, type BranchConnection, type NeonClient } from '../neon/client.js'

export function missingBranchMessage(name: string): string {
  return (
    `Branch '${name}' does not exist in this project, so there is nothing to connect to. Likely causes: the job ` +
    "that creates it hasn't run yet (add it to this job's needs:), or it ran with cleanup: auto and its post step " +
    'already deleted the branch: in the create job set cleanup: never and delete the branch in a teardown job ' +
    '(mode: delete, if: always()). Also check that branch_name is the same in both jobs.'
  )
}

/** One neonctl run where the client can resolve the name and fetch the connection together; else two. */
async function findWithConnection(
  client: NeonClient,
  name: string,
  database: string,
  role: string,
): Promise<BranchConnection | undefined> {
  if (client.findBranchWithConnection) return client.findBranchWithConnection(name, database, role)
  const branch = await client.findBranch(name)
  return branch && { branch, connection: await client.getConnection(branch.id, database, role) }
}

export async function runConnect(settings: ConnectSettings, deps: ModeDeps): Promise<void> {
  const started = deps.now()
  log.info(`Looking up branch '${settings.branchName}'`)
  const { database, role } = settings.export
  const lookup = findWithConnection(deps.client, settings.branchName, database, role)
  deps.prepareReadiness?.()
  const found = await lookup.catch((error: unknown) => {
    if (error instanceof MissingConnectionTarget) {
      throw new Error(
        `Input '${error.input}' names a ${error.input} that branch '${settings.branchName}' does not have: '${error.value}'.`,
      )
    }
    throw error
  })
  if (!found) throw new Error(missingBranchMessage(settings.branchName))
  const { branch, connection } = found
  assertUsableBranch(branch, settings.branchName)
  const delivered = await deliverConnection(
    {
      branch,
      connection,
      projectId: settings.neon.projectId,
      created: false,
      export: settings.export,
      migrate: settings.migrate,
      run: settings.run,
    },
    deps,
  )
  await writeBranchSummary({
    title: 'Neon branch connected',
    projectId: settings.neon.projectId,
    branch,
    outcome: 'connected to an existing branch (mode: connect)',
    parent: branch.parentId ?? 'none',
    host: connection.host,
    poolerHost: connection.poolerHost || connection.host,
    exportedNames: delivered.exportedNames,
    tookMs: deps.now() - started,
    cleanupNote: 'not deleted by this job (mode: connect)',
  })
  await delivered.migrate()
}
