// Resets a branch to its parent's latest state and waits until Neon has finished: the restore answers at once and
// runs on (the branch shows a pending state, its compute restarts), and a connection made before it is done could
// reach the old data. Same branch id, name, endpoint host and password afterwards.
import { resetRefusal } from '../branch-policy.js'
import * as log from '../log.js'
import { NeonError, type Branch, type NeonClient } from '../neon/client.js'

export interface ResetOptions {
  /** epoch ms by which the reset must be finished */
  deadline: number
  now?: () => number
  sleep?: (ms: number) => Promise<void>
}

const FIRST_POLL_MS = 200
const MAX_POLL_MS = 2000

const settled = (branch: Branch) => branch.currentState === 'ready' && !branch.pendingState

export async function resetToParentAndWait(client: NeonClient, branch: Branch, options: ResetOptions): Promise<Branch> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const refusal = resetRefusal(branch)
  if (refusal) throw new NeonError('protected', refusal)
  if (!branch.parentId) {
    throw new NeonError(
      'invalid',
      `Branch '${branch.name}' (${branch.id}) has no parent (a root branch): it cannot be reset`,
    )
  }
  log.info(`Resetting branch '${branch.name}' (${branch.id}) to its parent's latest state`)
  let current = await client.resetToParent(branch.id)
  if (current.id !== branch.id) {
    throw new NeonError('unknown', `Neon answered the reset of ${branch.id} with branch ${current.id}`)
  }
  for (let delay = FIRST_POLL_MS; !settled(current); delay = Math.min(MAX_POLL_MS, delay * 2)) {
    if (now() + delay > options.deadline) {
      throw new NeonError(
        'deadline',
        `Branch '${branch.name}' was still resetting (state ${current.currentState ?? '?'}, pending ${current.pendingState ?? '-'}) when the deadline passed`,
      )
    }
    await sleep(delay)
    current = await client.getBranch(branch.id)
  }
  return current
}
