// The one place the action's entries obtain a NeonClient: the neonctl-backed implementation in src/neon/.

import * as log from '../log.js'
import type { NeonAccess } from '../settings/index.js'
import type { NeonClient } from './client.js'
import { NeonctlClient } from './neonctl-client.js'

/** `deadline` is epoch ms: all of this client's work, retries included, must end by then. */
export function createClient(access: NeonAccess, deadline: number): NeonClient {
  return new NeonctlClient({
    apiKey: access.apiKey,
    projectId: access.projectId,
    apiHost: access.apiHost,
    deadlineMs: Math.max(1, deadline - Date.now()),
    logger: { info: (message) => log.info(message), debug: (message) => log.debug(message) },
  })
}
