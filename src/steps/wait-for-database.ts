// Waits, within the step's deadline, until the branch's database accepts connections (a new compute may be starting).

import * as log from '../log.js'
import type { ModeDeps } from '../modes/deps.js'
import type { Connection } from '../neon/client.js'
import type { SslMode } from '../settings/index.js'

export async function waitForDatabase(
  connection: Connection,
  ssl: SslMode,
  deps: Pick<ModeDeps, 'waitUntilReady' | 'deadline'>,
): Promise<void> {
  log.info(`Waiting until ${connection.host} accepts connections`)
  await deps.waitUntilReady(connection, { ssl, deadline: deps.deadline })
}
