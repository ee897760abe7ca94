// Secrets that arrive as inputs or environment are masked before anything, even an input error, is printed.

import * as core from '@actions/core'
import { maskSecrets } from './export/secrets.js'

export function maskSecretInputs(env: NodeJS.ProcessEnv = process.env): void {
  maskSecrets(core.getInput('api_key'), env.NEON_API_KEY?.trim() ?? '', core.getInput('github_token'))
}
