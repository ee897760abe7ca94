// What the modes need from the outside world; main wires the real ones, tests pass fakes.

import type { MigrateStepOptions, MigrateStepResult } from '../migrate/index.js'
import type { Connection, NeonClient } from '../neon/client.js'
import type { NeonAccess, SslMode } from '../settings/index.js'

export interface ModeDeps {
  client: NeonClient
  now: () => number
  /** epoch ms by which the Neon work of this step (readiness included) must be done */
  deadline: number
  waitUntilReady: (connection: Connection, options: { ssl: SslMode; deadline: number }) => Promise<unknown>
  /** Starts loading what waitUntilReady needs (the Postgres driver), to overlap with the wait for Neon. */
  prepareReadiness?: () => void
  runMigrateStep: (options: MigrateStepOptions) => Promise<MigrateStepResult>
  /**
   * A client with a deadline of its own, for Neon work after the migration (the schema diff): the migration may take
   * longer than `timeout`, whose deadline `client` keeps. Without it, `client` is used.
   */
  clientUntil?: (deadline: number) => Promise<NeonClient>
  /** the `timeout` input, in ms: the budget of Neon work after the migration */
  timeoutMs?: number
}

export type ClientFactory = (access: NeonAccess, deadline: number) => Promise<NeonClient> | NeonClient
