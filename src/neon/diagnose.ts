// Reads what a failed neonctl run left on stderr and says what went wrong. neonctl prints `ERROR: <message>` only;
// with DEBUG=1 it also logs every request (`DEBUG: POST <url>`) and every response status (`DEBUG: 503 Service
// Unavailable`, plus ` retry-after=N` in our shipped copy), which is what makes the classification reliable.
import type { NeonErrorCode } from './client.js'
import { parseRetryAfter } from './retry.js'

export interface RequestTrace {
  method: string
  path: string
  status?: number
  statusText?: string
  retryAfter?: string
}

export interface Diagnosis {
  code: NeonErrorCode // 'transient' means worth retrying
  /** One line for logs and errors; never holds secrets (neonctl's error messages do not). */
  reason: string
  status?: number
  retryAfterMs?: number
  /** A mutating request was sent and its effect is unknown (no response, timeout, 5xx). */
  outcomeUnknown: boolean
  requests: RequestTrace[]
  /** neonctl's own ERROR message, first line. */
  message?: string
}

const REQUEST_LINE = /^DEBUG: (GET|POST|PUT|PATCH|DELETE) (\S+)$/
// our shipped neonctl writes it right after each status line: which request that status answers
const ANSWER_LINE = /^DEBUG: answer to (GET|POST|PUT|PATCH|DELETE) (\S+)$/
const STATUS_LINE = /^DEBUG: (\d{3}) ?([^]*?)(?: retry-after=(.+))?$/
const ERROR_LINE = /^ERROR: (.*)$/

export function traceRequests(stderr: string): RequestTrace[] {
  const requests: RequestTrace[] = []
  const urls: string[] = []
  // A status line belongs to the request named by the answer line right after it (requests may be in flight at
  // once); a neonctl without that line answers one request at a time, so it belongs to the latest request.
  let held: Pick<RequestTrace, 'status' | 'statusText' | 'retryAfter'> | undefined
  const settle = (answered?: { method: string; url: string }) => {
    if (!held) return
    const target = answered
      ? requests.find((r, i) => r.status === undefined && r.method === answered.method && urls[i] === answered.url)
      : requests.at(-1)
    if (target && target.status === undefined) Object.assign(target, held)
    held = undefined
  }
  for (const line of stderr.split(/\r?\n/)) {
    const answer = ANSWER_LINE.exec(line)
    if (answer) {
      settle({ method: answer[1], url: answer[2] })
      continue
    }
    settle()
    const request = REQUEST_LINE.exec(line)
    if (request) {
      requests.push({ method: request[1], path: pathOf(request[2]) })
      urls.push(request[2])
      continue
    }
    const status = STATUS_LINE.exec(line)
    if (status && requests.length > 0) {
      held = { status: Number(status[1]), statusText: status[2].trim() }
      if (status[3]) held.retryAfter = status[3].trim()
    }
  }
  settle()
  return requests
}

/**
 * The request whose failure ended the run: the first one unanswered or answered with an error. neonctl sends one
 * request at a time, or (connection-string) several at once whose answers it reads in the order sent, failing on
 * the first bad one: either way no request before it failed. The pooled URI that our connection-string asks for
 * alongside never fails a run (a failure only leaves it out), and its request may be logged before the others: it
 * counts only when it is the run's only request. Without a failure, the latest request.
 */
export function failedRequest(requests: RequestTrace[]): RequestTrace | undefined {
  const failed = (r: RequestTrace) => r.status === undefined || r.status >= 400
  const alongside = (r: RequestTrace) => requests.length > 1 && /\/connection_uri(\?|$)/.test(r.path)
  return requests.find((r) => failed(r) && !alongside(r)) ?? requests.find(failed) ?? requests.at(-1)
}

function pathOf(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.pathname + parsed.search
  } catch {
    return url
  }
}

export function errorMessage(stderr: string): string | undefined {
  const messages: string[] = []
  for (const line of stderr.split(/\r?\n/)) {
    const match = ERROR_LINE.exec(line)
    if (match) messages.push(match[1].trim())
  }
  // neonctl may print more than one ERROR line (an auth hint after the failure); the first says what failed.
  return messages[0]
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const TRANSIENT_STATUS = (status: number) => status === 408 || status === 423 || status === 429 || status >= 500
const NETWORK_MESSAGE =
  /could not reach the neon api|network error|fetch failed|socket|econn|timed out|etimedout|eai_again/i

export function diagnose(
  result: { exitCode: number | null; stderr: string; timedOut: boolean },
  now: number = Date.now(),
): Diagnosis {
  const requests = traceRequests(result.stderr)
  const message = errorMessage(result.stderr)
  const last = failedRequest(requests)
  const mutationInFlight = (trace?: RequestTrace) => trace !== undefined && MUTATING.has(trace.method)

  if (result.timedOut) {
    const pending = requests.filter((r) => r.status === undefined)
    return {
      code: 'transient',
      reason: pending[0]
        ? `no answer to ${pending[0].method} in time (neonctl stopped)`
        : 'neonctl did not finish in time',
      outcomeUnknown: pending.some(mutationInFlight),
      requests,
      message,
    }
  }

  if (last && last.status !== undefined && last.status >= 400) {
    const status = last.status
    const http = `HTTP ${status}${last.statusText ? ` ${last.statusText}` : ''}`
    const reason = message && !message.startsWith('Request failed with status code') ? `${http}: ${message}` : http
    const base = { status, reason, requests, message }
    if (TRANSIENT_STATUS(status)) {
      const retryAfterMs = last.retryAfter ? parseRetryAfter(last.retryAfter, now) : undefined
      return {
        ...base,
        code: 'transient',
        retryAfterMs,
        // 423 and 429 are refusals before any work; a 5xx may come after the work was done.
        outcomeUnknown: status >= 500 && mutationInFlight(last),
      }
    }
    return { ...base, code: codeForStatus(status, message), outcomeUnknown: false }
  }

  if (last && last.status === undefined) {
    // A request went out and no response came back: connection refused/reset, DNS, neonctl's own timeout.
    return {
      code: 'transient',
      reason: `no response to ${last.method} ${last.path}${message ? `: ${message}` : ''}`,
      outcomeUnknown: mutationInFlight(last),
      requests,
      message,
    }
  }

  // Every request that was made succeeded: the failure is neonctl's own (a name it could not resolve, ...).
  return {
    code: codeForMessage(message),
    reason: message ?? `neonctl exited with ${result.exitCode ?? 'a signal'} and no message`,
    outcomeUnknown: false,
    requests,
    message,
  }
}

/** A 404's message names what was not found; "project not found" is not "branch not found". */
export function notFoundSubject(message: string | undefined): 'project' | 'branch' | 'other' | undefined {
  if (!message) return undefined
  if (/\bbranch\b/i.test(message)) return 'branch'
  if (/\bproject\b/i.test(message)) return 'project'
  return 'other'
}

function codeForStatus(status: number, message: string | undefined): NeonErrorCode {
  if (status === 401 || status === 403) return 'unauthorized'
  if (status === 404) return notFoundSubject(message) === 'project' ? 'project-not-found' : 'not-found'
  if (status === 409 || /already exists/i.test(message ?? '')) return 'conflict'
  return 'invalid'
}

function codeForMessage(message: string | undefined): NeonErrorCode {
  if (!message) return 'unknown'
  if (/^Branch .* not found\b/i.test(message)) return 'not-found'
  if (/already exists/i.test(message)) return 'conflict'
  if (/interactive auth|authentication|api key/i.test(message)) return 'unauthorized'
  if (NETWORK_MESSAGE.test(message)) return 'transient'
  if (/multiple (roles|databases) found|no default branch|not found|no .* endpoint found/i.test(message))
    return 'invalid'
  return 'unknown'
}
