// The main step: mask the key, parse inputs once, dispatch by mode, turn any failure into a failed step.

import { getInput } from '@actions/core'
import { InputError, parseSettings, type Settings } from './settings/index.js'
import { readRunContext } from './run-context.js'
import type { ClientFactory, ModeDeps } from './modes/deps.js'
import { runCreate } from './modes/create.js'
import { runConnect } from './modes/connect.js'
import { runReset } from './modes/reset.js'
import { runDelete } from './modes/delete.js'
import { runFallback } from './modes/fallback.js'
import { MigrationFailed } from './steps/migrate.js'
import { maskSecretInputs } from './mask-inputs.js'
import * as log from './log.js'
import { writeLine } from './summary.js'

export interface MainDeps {
  createClient: ClientFactory
  waitUntilReady: ModeDeps['waitUntilReady']
  prepareReadiness?: ModeDeps['prepareReadiness']
  runMigrateStep: ModeDeps['runMigrateStep']
  runSweepMode: (settings: Extract<Settings, { mode: 'sweep' }>, client: ModeDeps['client']) => Promise<void>
  runLintMode: (settings: Extract<Settings, { mode: 'lint' }>) => Promise<void>
  now?: () => number
  env?: NodeJS.ProcessEnv
}

export async function runMain(deps: MainDeps): Promise<void> {
  const env = deps.env ?? process.env
  const now = deps.now ?? Date.now
  try {
    maskSecretInputs(env)
    const settings = parseSettings({
      input: (name) => getInput(name),
      env,
      run: readRunContext(env),
      now: new Date(now()),
    })
    await dispatch(settings, deps, now)
  } catch (error) {
    await reportFailure(error)
  }
}

async function dispatch(settings: Settings, deps: MainDeps, now: () => number): Promise<void> {
  const deadline = now() + settings.timeoutMs
  switch (settings.mode) {
    case 'lint':
      return deps.runLintMode(settings)
    case 'fallback':
      return runFallback(settings, deps)
  }
  const client = await deps.createClient(settings.neon, deadline)
  const modeDeps: ModeDeps = {
    client,
    now,
    deadline,
    waitUntilReady: deps.waitUntilReady,
    prepareReadiness: deps.prepareReadiness,
    runMigrateStep: deps.runMigrateStep,
    clientUntil: async (until) => deps.createClient(settings.neon, until),
    timeoutMs: settings.timeoutMs,
  }
  switch (settings.mode) {
    case 'create':
      return runCreate(settings, modeDeps)
    case 'connect':
      return runConnect(settings, modeDeps)
    case 'reset':
      return runReset(settings, modeDeps)
    case 'delete':
      return runDelete(settings, modeDeps)
    case 'sweep':
      return deps.runSweepMode(settings, client)
  }
}

/** The failure as lines: several only where the message is built of lines (input problems, migration output). */
function failureLines(error: unknown): string[] {
  if (error instanceof InputError) return error.lines
  if (error instanceof MigrationFailed) return error.message.split('\n')
  return [error instanceof Error ? error.message : String(error)]
}

async function reportFailure(error: unknown): Promise<void> {
  const lines = failureLines(error)
  log.fail(lines)
  if (error instanceof MigrationFailed) {
    // the migration wrote its own summary section
    if (error.exitCode && error.exitCode > 0) process.exitCode = error.exitCode
    return
  }
  await writeLine(`Step failed (mode: ${getInput('mode') || 'create'})`, lines).catch(() => undefined)
}
