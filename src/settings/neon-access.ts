// api_host, api_key (or NEON_API_KEY) and project_id (or NEON_PROJECT_ID): how the step reaches the Neon project.

import type { InputReader } from './input-reader.js'
import { quote } from './input-reader.js'
import type { Mode, NeonAccess } from './types.js'

/**
 * The modes that talk to Neon need the key and the project, except create, connect and reset given fallback_database_url
 * (no key: the job uses that database). A key and project id that are given are checked in every mode.
 */
export function parseNeonAccess(
  read: InputReader,
  env: NodeJS.ProcessEnv,
  mode: Mode | undefined,
  fallbackGiven: boolean,
): NeonAccess {
  const talksToNeon =
    mode === 'create' || mode === 'connect' || mode === 'reset' || mode === 'delete' || mode === 'sweep'
  const keyRequired = talksToNeon && !(fallbackGiven && (mode === 'create' || mode === 'connect' || mode === 'reset'))
  const apiHostValue = read.get('api_host')
  let apiHost: string | undefined
  if (apiHostValue) {
    const checked = checkApiHost(apiHostValue)
    if ('problem' in checked) read.problem(checked.problem)
    else apiHost = checked.host
  }

  const apiKey = resolveApiKey(read.get('api_key'), env)
  const projectId = read.get('project_id') || env.NEON_PROJECT_ID?.trim() || ''
  if (mode && keyRequired && !apiKey) read.problem(noApiKeyMessage(mode))
  if (apiKey) {
    const keyProblem = apiKeyProblem(apiKey)
    if (keyProblem) read.problem(keyProblem)
  }
  if (talksToNeon && apiKey && !projectId) {
    read.problem("Input 'project_id' is required: set it or the NEON_PROJECT_ID environment variable.")
  } else if (projectId && !/^[A-Za-z0-9][A-Za-z0-9-]{0,99}$/.test(projectId)) {
    read.problem(
      `Input 'project_id' must look like a Neon project id (letters, digits and -); got ${quote(projectId)}.`,
    )
  }
  return { apiKey, projectId, ...(apiHost ? { apiHost } : {}) }
}

/** The key post uses, or why it cannot: checked only when post has a branch to delete. */
export function parsePostApiKey(read: InputReader, env: NodeJS.ProcessEnv): { key: string } | { problem: string } {
  const key = resolveApiKey(read.get('api_key'), env)
  if (!key) return { problem: 'no API key in the post step (api_key input or NEON_API_KEY)' }
  const problem = apiKeyProblem(key)
  return problem ? { problem } : { key }
}

export function noApiKeyMessage(mode: Mode): string {
  const common =
    'No Neon API key: the api_key input is empty and NEON_API_KEY is not set. This is expected in pull requests ' +
    'from forks and in Dependabot runs, which get no secrets.'
  if (mode === 'create' || mode === 'connect' || mode === 'reset') {
    return (
      `${common} Pass api_key: \${{ secrets.NEON_API_KEY }} (and check that the secret exists), or set ` +
      'fallback_database_url to a database the job can use instead (for example a postgres service container), ' +
      'or skip this job when secrets are unavailable (if: github.event.pull_request.head.repo.fork == false).'
    )
  }
  return `${common} mode '${mode}' needs one: pass api_key: \${{ secrets.NEON_API_KEY }}, or skip this job when secrets are unavailable.`
}

/** The api_key input, else NEON_API_KEY from the environment; '' when neither is set. */
export function resolveApiKey(input: string, env: NodeJS.ProcessEnv): string {
  return input.trim() || env.NEON_API_KEY?.trim() || ''
}

/**
 * Why the API key cannot be sent, or undefined when it can. It travels as `Authorization: Bearer <key>`: a line
 * break, a space, a control or non-ASCII character would make the request fail (or be refused by the HTTP client)
 * every time, which retrying cannot fix. The value is never shown.
 */
export function apiKeyProblem(key: string): string | undefined {
  if (/^[\x21-\x7e]+$/.test(key)) return undefined
  return (
    "Input 'api_key' (or NEON_API_KEY) holds characters an HTTP header cannot carry (a line break, a space, a " +
    'control or a non-ASCII character); check the secret for a pasted line break or quotes (value not shown).'
  )
}

const LOOPBACK_V4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/

/**
 * api_host, checked before any request: the API key goes to it in every request, so only over TLS (https://), or
 * plain http:// to this machine (the local server). No user:password@ (neonctl would print it with each request in
 * its debug log), query or fragment. The host as the API client will use it, without a trailing slash.
 */
export function checkApiHost(value: string): { host: string } | { problem: string } {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { problem: `Input 'api_host' must be a URL such as https://console.neon.tech/api/v2; got ${quote(value)}.` }
  }
  if (url.username || url.password) {
    url.username = ''
    url.password = ''
    return {
      problem:
        "Input 'api_host' must not hold a user name or password (user:password@); the API key is the only " +
        `credential, passed as api_key. Got ${quote(url.href.replace('//', '//***@'))}.`,
    }
  }
  const loopback = url.hostname === 'localhost' || url.hostname === '[::1]' || LOOPBACK_V4.test(url.hostname)
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    return {
      problem:
        "Input 'api_host' must be an https:// URL (the API key travels in every request), or http:// to this " +
        `machine only (localhost, 127.0.0.0/8, [::1]); got ${quote(value)}.`,
    }
  }
  if (url.search || url.hash) {
    return { problem: `Input 'api_host' must not have a query or fragment; got ${quote(value)}.` }
  }
  return { host: `${url.origin}${url.pathname}`.replace(/\/+$/, '') }
}
