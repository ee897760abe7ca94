import { describe, expect, it } from '@jest/globals'
import { diagnose, failedRequest, traceRequests } from '../../src/neon/diagnose.js'

// stderr as the shipped neonctl prints it with DEBUG=1 (captured from real runs, stacks shortened)
const create = (status: string, error?: string, extra = '') =>
  [
    'DEBUG: Using an API key to authorize requests',
    'DEBUG: GET http://127.0.0.1:1/api/v2/projects/p/branches',
    'DEBUG: 200 OK',
    'DEBUG: POST http://127.0.0.1:1/api/v2/projects/p/branches',
    ...(status ? [`DEBUG: ${status}${extra}`] : []),
    'DEBUG: Stack: NeonApiError: something',
    '    at sye (file:///x/neonctl.mjs:146:3347)',
    ...(error ? [`ERROR: ${error}`] : []),
    ...(status ? [`DEBUG: status: ${status} | path: /api/v2/projects/p/branches`] : []),
    '',
  ].join('\n')

const failed = (stderr: string, timedOut = false) => diagnose({ exitCode: timedOut ? null : 1, stderr, timedOut }, 0)

describe('diagnose', () => {
  it('traces requests and statuses', () => {
    expect(traceRequests(create('423 Locked', 'locked'))).toEqual([
      { method: 'GET', path: '/api/v2/projects/p/branches', status: 200, statusText: 'OK' },
      { method: 'POST', path: '/api/v2/projects/p/branches', status: 423, statusText: 'Locked' },
    ])
  })

  it.each([
    ['423 Locked', 'project already has running operations', 'transient', false],
    ['429 Too Many Requests', 'rate limit exceeded', 'transient', false],
    ['500 Internal Server Error', 'boom', 'transient', true],
    ['502 Bad Gateway', undefined, 'transient', true],
    ['503 Service Unavailable', undefined, 'transient', true],
    ['409 Conflict', 'branch with name "x" already exists', 'conflict', false],
    ['404 Not Found', 'project not found', 'project-not-found', false],
    ['404 Not Found', 'branch br-a-b-c not found', 'not-found', false],
    ['401 Unauthorized', 'Authentication failed: the Neon API rejected the API key.', 'unauthorized', false],
    ['403 Forbidden', 'forbidden', 'unauthorized', false],
    ['400 Bad Request', 'expires_at must be in the future', 'invalid', false],
    ['422 Unprocessable Entity', 'branch already exists', 'conflict', false],
  ])('HTTP %s -> %s', (status, message, code, unknown) => {
    const d = failed(create(status, message))
    expect(d.code).toBe(code)
    expect(d.status).toBe(Number(status.slice(0, 3)))
    expect(d.outcomeUnknown).toBe(unknown)
    expect(d.reason).toContain(`HTTP ${status}`)
  })

  it('pairs the answers of requests in flight at once by the line naming the request', () => {
    const url = (rest: string) => `http://127.0.0.1:1/api/v2/projects/p/branches/br-a-b-c${rest}`
    const stderr = [
      'DEBUG: GET http://127.0.0.1:1/api/v2/projects/p/branches',
      'DEBUG: 200 OK',
      'DEBUG: answer to GET http://127.0.0.1:1/api/v2/projects/p/branches',
      `DEBUG: GET ${url('/endpoints')}`,
      `DEBUG: GET ${url('/databases')}`,
      `DEBUG: GET ${url('/roles/nobody/reveal_password')}`,
      'DEBUG: 404 Not Found',
      `DEBUG: answer to GET ${url('/roles/nobody/reveal_password')}`,
      'DEBUG: 429 Too Many Requests retry-after=3',
      `DEBUG: answer to GET ${url('/databases')}`,
      'DEBUG: 200 OK',
      `DEBUG: answer to GET ${url('/endpoints')}`,
      'ERROR: rate limited',
      '',
    ].join('\n')
    expect(traceRequests(stderr).map((r) => [r.path.split('/').pop(), r.status, r.retryAfter])).toEqual([
      ['branches', 200, undefined],
      ['endpoints', 200, undefined],
      ['databases', 429, '3'],
      ['reveal_password', 404, undefined],
    ])
    // neonctl reads the answers in the order it sent the requests: the first failure is the one it reported
    expect(failed(stderr)).toMatchObject({ code: 'transient', status: 429, retryAfterMs: 3000 })
  })

  it('the pooled URI asked alongside never is the failure, even when logged first', () => {
    const url = (rest: string) => `http://127.0.0.1:1/api/v2/projects/p${rest}`
    const stderr = [
      `DEBUG: GET ${url('/connection_uri?branch_id=br-a-b-c&role_name=nobody&pooled=true')}`,
      `DEBUG: GET ${url('/branches/br-a-b-c/endpoints')}`,
      `DEBUG: GET ${url('/branches/br-a-b-c/databases')}`,
      `DEBUG: GET ${url('/branches/br-a-b-c/roles/nobody/reveal_password')}`,
      'DEBUG: 404 Not Found',
      `DEBUG: answer to GET ${url('/connection_uri?branch_id=br-a-b-c&role_name=nobody&pooled=true')}`,
      'DEBUG: 200 OK',
      `DEBUG: answer to GET ${url('/branches/br-a-b-c/endpoints')}`,
      'DEBUG: 200 OK',
      `DEBUG: answer to GET ${url('/branches/br-a-b-c/databases')}`,
      'DEBUG: 404 Not Found',
      `DEBUG: answer to GET ${url('/branches/br-a-b-c/roles/nobody/reveal_password')}`,
      'ERROR: role nobody not found',
      '',
    ].join('\n')
    expect(failedRequest(traceRequests(stderr))?.path).toBe(
      '/api/v2/projects/p/branches/br-a-b-c/roles/nobody/reveal_password',
    )
  })

  it('reads Retry-After from the status line', () => {
    const d = failed(create('429 Too Many Requests', 'rate limit exceeded', ' retry-after=3'))
    expect(d.retryAfterMs).toBe(3000)
  })

  it('a POST without an answer is transient with an unknown outcome', () => {
    const d = failed(create('', 'Could not reach the Neon API. Please check your internet connection and try again.'))
    expect(d).toMatchObject({ code: 'transient', outcomeUnknown: true })
  })

  it('a GET without an answer is transient and nothing was changed', () => {
    const stderr = 'DEBUG: GET http://127.0.0.1:1/api/v2/projects/p/branches\nERROR: Request timed out\n'
    expect(failed(stderr)).toMatchObject({ code: 'transient', outcomeUnknown: false })
  })

  it('a run stopped at the time limit while a POST is pending has an unknown outcome', () => {
    expect(failed(create(''), true)).toMatchObject({ code: 'transient', outcomeUnknown: true })
  })

  it('a name neonctl could not resolve is not-found, first line only', () => {
    const stderr =
      'DEBUG: GET http://127.0.0.1:1/api/v2/projects/p/branches?limit=100\nDEBUG: 200 OK\nERROR: Branch ci/x not found.\nAvailable branches: main, secret-feature\n'
    const d = failed(stderr)
    expect(d.code).toBe('not-found')
    expect(d.reason).toBe('Branch ci/x not found.')
  })

  it('the 204 crash after DELETE is visible in the trace', () => {
    const stderr = [
      'DEBUG: DELETE http://127.0.0.1:1/api/v2/projects/p/branches/br-a-b-c',
      'DEBUG: 204 No Content',
      'ERROR: The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined',
    ].join('\n')
    expect(traceRequests(stderr).at(-1)).toMatchObject({ method: 'DELETE', status: 204 })
  })

  it('no key in CI is unauthorized', () => {
    expect(failed('ERROR: Cannot run interactive auth in CI\n').code).toBe('unauthorized')
  })
})
