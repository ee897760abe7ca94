// Entry of the action's main step (dist/main/index.js).
// Migrate, sweep and lint are loaded only in the runs that use them: the bundler splits dynamic imports into
// chunks, so a plain create or connect does not pay for Octokit, the doctor or the migration runner at start-up.

import { runMain } from './actionMain.js'
import { createClient } from './neonClientFactory.js'
import { waitUntilReady } from './readiness.js'

await runMain({
  createClient,
  waitUntilReady,
  runMigrateStep: async (options) => (await import('./migrate/index.js')).runMigrateStep(options),
  runSweepMode: async (settings, client) =>
    (await import('./sweep/index.js')).runSweepMode({
      client,
      prefix: settings.prefix,
      olderThanMs: settings.olderThanMs,
      closedPrs: settings.closedPrs,
      dryRun: settings.dryRun,
      github: settings.github,
    }),
  runLintMode: async (settings) =>
    (await import('./doctor/index.js')).runLintMode({
      workspace: settings.workspace,
      failOn: settings.failOn,
      disabledRules: settings.disabledRules,
    }),
})
