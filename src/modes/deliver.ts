// Hands a branch's connection to the job: mask, wait until it accepts connections, export, outputs, migrate.

import { setOutput } from '@actions/core'
import type { ExportOptions, MigrateSettings } from '../settings/index.js'
import type { Branch, Connection } from '../neon/client.js'
import { checkedForOutputs } from '../neon/mapping.js'
import { connectionVariables, exportVariables, prepareConnection } from '../export/export-connection.js'
import type { ModeDeps } from './deps.js'
import type { RunContext } from '../run-context.js'
import { runMigration } from './migrate.js'
import * as log from '../log.js'

export interface Delivered {
  exportedNames: string[]
  /** runs the migrate command, if one was given, against the direct URL (after the caller wrote its summary) */
  migrate: () => Promise<void>
}

export async function deliverConnection(
  args: {
    branch: Branch
    connection: Connection
    projectId: string
    created: boolean
    export: ExportOptions
    migrate?: MigrateSettings
    run: RunContext
  },
  deps: ModeDeps,
): Promise<Delivered> {
  const urls = prepareConnection(args.connection, args.export) // masks before anything below can log
  const checked = checkedForOutputs(args.branch)
  setOutput('branch_id', checked.id)
  setOutput('branch_name', args.branch.name)
  setOutput('created', String(args.created))
  setOutput('db_host', args.connection.host)
  setOutput('db_host_pooled', args.connection.poolerHost || args.connection.host)
  setOutput('expires_at', checked.expiresAt)
  setOutput('project_id', args.projectId)

  log.info(`Waiting until ${args.connection.host} accepts connections`)
  await deps.waitUntilReady(args.connection, { ssl: args.export.ssl, deadline: deps.deadline })

  const variables = connectionVariables(args.connection, urls, args.export)
  const exportedNames = exportVariables(variables, args.export.envPrefix)
  log.info(`Exported to later steps: ${exportedNames.join(', ')}`)

  const migrate = args.migrate
  const prefixed = Object.fromEntries(Object.entries(variables).map(([k, v]) => [`${args.export.envPrefix}${k}`, v]))
  return {
    exportedNames,
    migrate: async () => {
      if (migrate) await runMigration(migrate, urls.direct, prefixed, args.run, deps)
    },
  }
}
