// Secrets that arrive as inputs or environment are masked before anything, even an input error, is printed.

import { getInput } from '@actions/core'
import { maskEveryForm } from './export/secrets.js'

export function maskSecretInputs(env: NodeJS.ProcessEnv = process.env): void {
  maskEveryForm(getInput('api_key'), env.NEON_API_KEY?.trim() ?? '', getInput('github_token'))
}
