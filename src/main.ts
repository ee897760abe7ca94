// Entry of the action's main step (dist/main/index.js).
// The readiness probe (pg), migrate, sweep and lint are loaded only in the runs that use them: the bundler splits
// dynamic imports into chunks, so no mode pays at start-up for another mode's code.

import { prestartNeonctlThread } from './neon/neonctl-thread.js'

// neonctl's thread starts while the rest of the action loads (hence the import() below)
prestartNeonctlThread()
const [{ runMain }, { createClient }] = await Promise.all([import('./run-main.js'), import('./neon/client-factory.js')])

let readiness: Promise<typeof import('./readiness.js')> | undefined
const loadReadiness = () => (readiness ??= import('./readiness.js'))

await runMain({
  createClient,
  waitUntilReady: async (connection, options) => (await loadReadiness()).waitUntilReady(connection, options),
  // a failed load surfaces in waitUntilReady, which awaits the same promise
  prepareReadiness: () => void loadReadiness().catch(() => undefined),
  runMigrateStep: async (options) => (await import('./migrate/index.js')).runMigrateStep(options),
  runSweepMode: async (settings, client) => (await import('./sweep/index.js')).runSweepMode({ ...settings, client }),
  runLintMode: async (settings) => (await import('./doctor/index.js')).runLintMode(settings),
})
