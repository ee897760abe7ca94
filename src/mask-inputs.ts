// Secrets that arrive as inputs or environment are masked before anything, even an input error, is printed.

import { getInput } from '@actions/core'
import { maskSecrets } from './export/secrets.js'

export function maskSecretInputs(env: NodeJS.ProcessEnv = process.env): void {
  maskSecrets(getInput('api_key'), env.NEON_API_KEY?.trim() ?? '', getInput('github_token'))
}
