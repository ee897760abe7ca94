// No API key, fallback_database_url given: the job runs against that database instead of a Neon branch.
// mask + export → outputs → summary → migrate.

import { setOutput } from '@actions/core'
import { exportFallback } from '../export/fallback-variables.js'
import * as log from '../log.js'
import type { FallbackSettings } from '../settings/index.js'
import { runMigration } from '../steps/migrate.js'
import { writeLine } from '../summary.js'
import type { ModeDeps } from './deps.js'

export async function runFallback(settings: FallbackSettings, deps: Pick<ModeDeps, 'runMigrateStep'>): Promise<void> {
  const exported = exportFallback(settings.url, settings.envPrefix) // masks first
  const names = Object.keys(exported).join(', ')
  log.warning(
    'No Neon API key (normal for pull requests from forks and Dependabot runs): using fallback_database_url ' +
      `instead of a Neon branch. Exported: ${names}.`,
    'Neon branch skipped: using the fallback database',
  )
  setOutput('created', 'false')
  await writeLine(
    'Neon branch skipped',
    `No API key, so no branch was ${{ create: 'created', connect: 'connected', reset: 'reset' }[settings.requestedMode]}; ` +
      `exported the fallback database URL as ${names}.`,
  )
  if (settings.migrate) await runMigration(settings.migrate, settings.url, exported, settings.run, deps)
}
