// Entry of the action's main step (dist/main/index.js).

import { runMain } from './actionMain.js'
import { createClient } from './neonClientFactory.js'
import { waitUntilReady } from './readiness.js'
import { runMigrateStep } from './migrate/index.js'
import { runSweepMode } from './sweep/index.js'
import { runLintMode } from './doctor/index.js'

await runMain({
  createClient,
  waitUntilReady,
  runMigrateStep,
  runSweepMode: (settings, client) =>
    runSweepMode({
      client,
      prefix: settings.prefix,
      olderThanMs: settings.olderThanMs,
      closedPrs: settings.closedPrs,
      dryRun: settings.dryRun,
      github: settings.github,
    }),
  runLintMode: (settings) =>
    runLintMode({ workspace: settings.workspace, failOn: settings.failOn, disabledRules: settings.disabledRules }),
})
