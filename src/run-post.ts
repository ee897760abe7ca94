// The post step: runs at job end (post-if: always()), after failures and cancellations too.

import { getInput } from '@actions/core'
import { runCleanup } from './cleanup.js'
import { parseDuration } from './duration.js'
import type { ClientFactory } from './modes/deps.js'
import { loadCleanupState } from './state.js'
import { maskSecretInputs } from './mask-inputs.js'
import { apiKeyProblem, checkApiHost, resolveApiKey } from './inputs.js'
import * as log from './log.js'

export async function runPost(deps: {
  createClient: ClientFactory
  env?: NodeJS.ProcessEnv
  now?: () => number
}): Promise<void> {
  const env = deps.env ?? process.env
  const now = deps.now ?? Date.now
  try {
    maskSecretInputs(env)
    const mode = getInput('mode').trim().toLowerCase() || 'create'
    if (mode !== 'create') {
      log.info(`Nothing to clean up: mode ${mode} never creates a branch.`)
      return
    }
    const state = loadCleanupState()
    // Inputs were validated by main; here a bad value must not stop the cleanup.
    const timeoutMs = parseDuration(getInput('timeout')) || 5 * 60_000
    await runCleanup(state, async () => {
      const apiKey = resolveApiKey(getInput('api_key'), env)
      if (!apiKey) throw new Error('no API key in the post step (api_key input or NEON_API_KEY)')
      const keyProblem = apiKeyProblem(apiKey)
      if (keyProblem) throw new Error(keyProblem)
      const s = state as NonNullable<typeof state>
      // main checked api_host before saving it; checked again, as the key is about to be sent there
      const host = s.apiHost ? checkApiHost(s.apiHost) : undefined
      if (host && 'problem' in host) throw new Error(host.problem)
      return deps.createClient(
        { apiKey, projectId: s.projectId, ...(host ? { apiHost: host.host } : {}) },
        now() + timeoutMs,
      )
    })
  } catch (error) {
    log.fail(error instanceof Error ? error.message : String(error))
  }
}
