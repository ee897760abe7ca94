// Waits, within the step's deadline, until the branch's database accepts connections (a new compute may be starting).

import * as log from '../log.js'
import type { ModeDeps } from '../modes/deps.js'
import type { Connection } from '../neon/client.js'
import type { SslMode } from '../settings/index.js'

/**
 * `computeState`: the compute's state as Neon just reported it. An active compute accepts connections: no wait. Any
 * other state (starting, idle, suspended, unknown) is waited for; connecting wakes a suspended compute.
 */
export async function waitForDatabase(
  connection: Connection,
  ssl: SslMode,
  deps: Pick<ModeDeps, 'waitUntilReady' | 'deadline'>,
  computeState?: string,
): Promise<void> {
  if (computeState === 'active') {
    log.info(`The compute of ${connection.host} is active; not waiting for it`)
    return
  }
  log.info(`Waiting until ${connection.host} accepts connections`)
  await deps.waitUntilReady(connection, { ssl, deadline: deps.deadline })
}
