// No API key, fallback_database_url given: the job runs against that database instead of a Neon branch.

import { setOutput } from '@actions/core'
import type { FallbackSettings } from '../settings/index.js'
import { exportFallback, fallbackVariables } from '../export/fallback-variables.js'
import * as log from '../log.js'
import { writeLine } from '../summary.js'
import type { ModeDeps } from './deps.js'
import { runMigration } from './migrate.js'

export async function runFallback(settings: FallbackSettings, deps: Pick<ModeDeps, 'runMigrateStep'>): Promise<void> {
  const names = exportFallback(settings.url, settings.envPrefix) // masks first
  log.warning(
    'No Neon API key (normal for pull requests from forks and Dependabot runs): using fallback_database_url ' +
      `instead of a Neon branch. Exported: ${names.join(', ')}.`,
    'Neon branch skipped: using the fallback database',
  )
  setOutput('created', 'false')
  await writeLine(
    'Neon branch skipped',
    `No API key, so no branch was ${settings.requestedMode === 'create' ? 'created' : 'connected'}; ` +
      `exported the fallback database URL as ${names.join(', ')}.`,
  )
  if (settings.migrate) {
    const prefixed = Object.fromEntries(
      Object.entries(fallbackVariables(settings.url)).map(([k, v]) => [`${settings.envPrefix}${k}`, v]),
    )
    await runMigration(settings.migrate, settings.url, prefixed, settings.run, deps)
  }
}
