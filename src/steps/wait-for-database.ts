// Waits, within the step's deadline, until the branch's database accepts connections (a new compute may be starting).

import * as log from '../log.js'
import type { ModeDeps } from '../modes/deps.js'
import type { Connection } from '../neon/client.js'
import type { SslMode } from '../settings/index.js'

/**
 * Waits until the pooled host (the one in DATABASE_URL) accepts connections.
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
  // Through the host DATABASE_URL names (the pooler's): what the job's later steps connect to is what is checked,
  // and the pooler holds a server connection open for their first query, as Neon's does.
  const host = connection.poolerHost || connection.host
  log.info(`Waiting until ${host} accepts connections`)
  await deps.waitUntilReady({ ...connection, host }, { ssl, deadline: deps.deadline })
}
