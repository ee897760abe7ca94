// The post step: runs at job end (post-if: always()), after failures and cancellations too.

import { getInput } from '@actions/core'
import { runCleanup } from './cleanup.js'
import type { ClientFactory } from './modes/deps.js'
import { loadCleanupState } from './state.js'
import { maskSecretInputs } from './mask-inputs.js'
import { checkApiHost, parsePostSettings } from './settings/index.js'
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
    const settings = parsePostSettings({ input: (name) => getInput(name), env })
    if (settings.mode !== 'create' && settings.mode !== 'reset') {
      log.info(`Nothing to clean up: mode ${settings.mode} never creates a branch.`)
      return
    }
    const state = loadCleanupState()
    await runCleanup(state, async () => {
      if ('problem' in settings.apiKey) throw new Error(settings.apiKey.problem)
      const s = state as NonNullable<typeof state>
      // main checked api_host before saving it; checked again, as the key is about to be sent there
      const host = s.apiHost ? checkApiHost(s.apiHost) : undefined
      if (host && 'problem' in host) throw new Error(host.problem)
      return deps.createClient(
        { apiKey: settings.apiKey.key, projectId: s.projectId, ...(host ? { apiHost: host.host } : {}) },
        now() + settings.timeoutMs,
      )
    })
  } catch (error) {
    log.fail(error instanceof Error ? error.message : String(error))
  }
}
