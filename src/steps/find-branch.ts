// mode: connect's look-up: the existing branch by id or name, with its connection.

import { MissingConnectionTarget, type BranchConnection, type NeonClient } from '../neon/client.js'
import type { ExportOptions } from '../settings/index.js'
import { missingTargetProblem } from './create-or-reuse.js'

export function missingBranchMessage(name: string): string {
  return (
    `Branch '${name}' does not exist in this project, so there is nothing to connect to. Likely causes: the job ` +
    "that creates it hasn't run yet (add it to this job's needs:), or it ran with cleanup: auto and its post step " +
    'already deleted the branch: in the create job set cleanup: never and delete the branch in a teardown job ' +
    '(mode: delete, if: always()). Also check that branch_name is the same in both jobs.'
  )
}

export function missingBranchIdMessage(id: string): string {
  return (
    `No branch has the id '${id}' in this project, so there is nothing to connect to. Likely causes: branch_id is ` +
    "not the branch_id output of this run's create step (check the needs: and the output's name), or that step's " +
    'job already deleted the branch (cleanup: auto); in the create job set cleanup: never and delete the branch in ' +
    'a teardown job (mode: delete, if: always()).'
  )
}

/** The branch mode: connect asks for: by id (branch_id, one round trip) or by name. */
export type ConnectTarget = { id: string } | { name: string }

/**
 * The branch and its connection (one neonctl run). Throws naming the likely cause when there is no such branch, and
 * naming the input when the branch lacks the role or database asked for.
 */
export async function findBranchToConnect(
  client: NeonClient,
  target: ConnectTarget,
  { database, role }: Pick<ExportOptions, 'database' | 'role'>,
): Promise<BranchConnection> {
  const asked = 'id' in target ? target.id : target.name
  let found: BranchConnection | undefined
  try {
    found =
      'id' in target
        ? await client.findBranchByIdWithConnection(target.id, database, role)
        : await client.findBranchWithConnection(target.name, database, role)
  } catch (error) {
    if (error instanceof MissingConnectionTarget) throw new Error(missingTargetProblem(error, asked), { cause: error })
    throw error
  }
  if (!found) throw new Error('id' in target ? missingBranchIdMessage(target.id) : missingBranchMessage(target.name))
  return found
}
