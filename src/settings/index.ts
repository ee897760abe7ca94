// Every input parsed and validated once, into typed settings for one mode, by one small parser per concern. Nothing
// talks to Neon before this succeeded. Every input is checked whatever the mode, so a typo never hides until the day
// that mode is used; all problems are reported at once.

import * as path from 'node:path'
import type { RunContext } from '../run-context.js'
import { parseBranchId, parseBranchName, parseNewBranchOptions } from './branch.js'
import { parseExportOptions, parseFallbackUrl } from './export.js'
import { InputError, InputReader, type InputSource } from './input-reader.js'
import { parseLintOptions } from './lint.js'
import { parseMigrate } from './migrate.js'
import { parseMode } from './mode.js'
import { parseNeonAccess, parsePostApiKey } from './neon-access.js'
import { parseSchemaDiff } from './schema-diff.js'
import { parseSweepOptions } from './sweep.js'
import { DEFAULT_TIMEOUT_MS, parseTimeout } from './timeout.js'
import type { PostSettings, Settings } from './types.js'

export * from './types.js'
export { InputError, type InputSource } from './input-reader.js'
export { apiKeyProblem, checkApiHost, noApiKeyMessage, resolveApiKey } from './neon-access.js'
export { parseRfc3339 } from './expiry.js'

export interface ParseContext {
  input: InputSource
  env: NodeJS.ProcessEnv
  run: RunContext
  now: Date
}

/** Reads and validates every input; throws InputError listing every problem found. */
export function parseSettings(ctx: ParseContext): Settings {
  const read = new InputReader(ctx.input)
  const workspace = path.resolve(ctx.run.workspace)

  const mode = parseMode(read)
  const branchName = parseBranchName(read, mode, ctx.run)
  const branchId = parseBranchId(read, mode)
  const exportOptions = parseExportOptions(read)
  const newBranch = parseNewBranchOptions(read, ctx.now)
  const fallbackUrl = parseFallbackUrl(read)
  const timeoutMs = parseTimeout(read)
  const migrate = parseMigrate(read, workspace)
  const schemaDiff = parseSchemaDiff(read)
  const sweep = parseSweepOptions(read, mode, ctx.run)
  const lint = parseLintOptions(read, workspace)
  const neon = parseNeonAccess(read, ctx.env, mode, fallbackUrl !== '')

  if (read.problems.length > 0 || !mode) throw new InputError(read.problems)

  const common = { timeoutMs, run: ctx.run }
  switch (mode) {
    case 'create':
    case 'connect':
    case 'reset':
      if (!neon.apiKey && fallbackUrl) {
        return {
          ...common,
          mode: 'fallback',
          requestedMode: mode,
          url: fallbackUrl,
          envPrefix: exportOptions.envPrefix,
          migrate,
        }
      }
      if (mode === 'connect') {
        // by id, the name is checked only when it was given: the derived default need not be the branch's name
        const target = branchId ? { branchId, branchName: read.get('branch_name') } : { branchName }
        return { ...common, mode, neon, ...target, export: exportOptions, migrate, schemaDiff }
      }
      return { ...common, mode, neon, branchName, ...newBranch, export: exportOptions, migrate, schemaDiff }
    case 'delete':
      return { ...common, mode, neon, branchName }
    case 'sweep':
      return { ...common, mode, neon, ...sweep }
    case 'lint':
      return { ...common, mode, ...lint }
  }
}

/**
 * The post step's settings, by the same parsers. Main validated the inputs (and saved no state when they were
 * wrong), so here a bad value never stops the cleanup: it falls back to the default.
 */
export function parsePostSettings(ctx: Pick<ParseContext, 'input' | 'env'>): PostSettings {
  const read = new InputReader(ctx.input)
  return {
    mode: parseMode(read) ?? (read.get('mode').toLowerCase() || 'create'),
    timeoutMs: parseTimeout(read) || DEFAULT_TIMEOUT_MS,
    apiKey: parsePostApiKey(read, ctx.env),
  }
}
