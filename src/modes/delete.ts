// mode: delete: delete a branch by name (teardown job, PR-closed workflow). Gone already is fine.

import { deleteRefusal } from '../branch-policy.js'
import type { DeleteSettings } from '../settings/index.js'
import * as log from '../log.js'
import { writeLine } from '../summary.js'
import type { ModeDeps } from './deps.js'

export async function runDelete(settings: DeleteSettings, deps: Pick<ModeDeps, 'client'>): Promise<void> {
  const branch = await deps.client.findBranch(settings.branchName)
  if (!branch) {
    log.notice(
      `Branch '${settings.branchName}' does not exist (already deleted or never created); nothing to delete.`,
      'Neon branch already gone',
    )
    await writeLine('Neon branch', `Branch ${settings.branchName} was already gone; nothing deleted.`)
    return
  }
  const refusal = deleteRefusal(branch)
  if (refusal) throw new Error(`${refusal}.`)
  const outcome = await deps.client.deleteBranch(branch.id)
  const text =
    outcome === 'deleted'
      ? `Deleted branch ${branch.name} (${branch.id}).`
      : `Branch ${branch.name} (${branch.id}) was already gone; nothing deleted.`
  log.info(text)
  await writeLine('Neon branch', text)
}
