// The post step: runs at job end (post-if: always()), after failures and cancellations too.

import * as core from '@actions/core'
import { runCleanup } from './cleanup.js'
import { parseDuration } from './duration.js'
import type { ClientFactory } from './modes/deps.js'
import { loadCleanupState } from './state.js'
import { maskSecretInputs } from './mask-inputs.js'
import { resolveApiKey } from './inputs.js'

export async function runPost(deps: {
  createClient: ClientFactory
  env?: NodeJS.ProcessEnv
  now?: () => number
}): Promise<void> {
  const env = deps.env ?? process.env
  const now = deps.now ?? Date.now
  try {
    maskSecretInputs(env)
    const mode = core.getInput('mode').trim().toLowerCase() || 'create'
    if (mode !== 'create') {
      core.info(`Nothing to clean up: mode ${mode} never creates a branch.`)
      return
    }
    const state = loadCleanupState()
    // Inputs were validated by main; here a bad value must not stop the cleanup.
    const timeoutMs = parseDuration(core.getInput('timeout')) || 5 * 60_000
    await runCleanup(state, async () => {
      const apiKey = resolveApiKey(core.getInput('api_key'), env)
      if (!apiKey) throw new Error('no API key in the post step (api_key input or NEON_API_KEY)')
      const s = state as NonNullable<typeof state>
      return deps.createClient(
        { apiKey, projectId: s.projectId, ...(s.apiHost ? { apiHost: s.apiHost } : {}) },
        now() + timeoutMs,
      )
    })
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}
