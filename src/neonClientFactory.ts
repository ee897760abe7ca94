// The one place the action's entries obtain a NeonClient (the neonctl-backed implementation in src/neon/).

import type { NeonAccess } from './inputs.js'
import type { NeonClient } from './neon/client.js'

export async function createClient(access: NeonAccess, deadline: number): Promise<NeonClient> {
  void access
  void deadline
  throw new Error('The neonctl-backed NeonClient is not wired yet (src/neon/).')
}
