// The create request of mode: create, with what a failure left behind saved for post.

import { creationOf, MissingConnectionTarget, type BranchWithConnection, type NeonClient } from '../neon/client.js'
import type { CreateSettings } from '../settings/index.js'
import { saveCleanupState } from '../state.js'

/**
 * The client's create (or reuse of the branch with that name). On failure, saves what it left behind: nothing (post
 * stays quiet), the branch (post decides as usual), or unknown (post looks the name up and checks the token). A
 * branch this step created for a role or database that does not exist is deleted at once, whatever `cleanup` says:
 * nobody can use it.
 */
export async function createOrReuseBranch(
  settings: CreateSettings,
  client: NeonClient,
  createToken: string,
): Promise<BranchWithConnection> {
  try {
    return await client.createOrReuseBranch({
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
    const problem = missingTargetProblem(error, branch.name)
    if (!created)
      throw new Error(`${problem} The branch existed before this step and is left as it is.`, { cause: error })
    saveCleanupState({ outcome: 'discard' })
    try {
      await client.deleteBranch(branch.id)
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

/** The role or database input names something the branch does not have: said naming the input. */
export function missingTargetProblem(error: MissingConnectionTarget, branchName: string): string {
  return `Input '${error.input}' names a ${error.input} that branch '${branchName}' does not have: '${error.value}'.`
}
