// A tiny loopback stand-in for the GitHub REST API: answers GET /repos/{owner}/{repo}/pulls/{n} only.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type FakePull = { state: 'open' | 'closed'; merged: boolean } | { status: number; times?: number }

export interface GitHubFake {
  url: string
  requests: string[] // "GET /repos/o/r/pulls/1"
  authorizations: Array<string | undefined>
  close(): Promise<void>
}

export async function startGitHubFake(repository: string, pulls: Record<number, FakePull>): Promise<GitHubFake> {
  const requests: string[] = []
  const authorizations: Array<string | undefined> = []
  const failuresServed = new Map<number, number>()
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`)
    authorizations.push(req.headers.authorization)
    const match = /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/.exec(req.url ?? '')
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    if (req.method !== 'GET' || !match || match[1] !== repository) return send(404, { message: 'Not Found' })
    const n = Number(match[2])
    const pull = pulls[n]
    if (!pull) return send(404, { message: 'Not Found' })
    if ('status' in pull) {
      const served = failuresServed.get(n) ?? 0
      if (pull.times === undefined || served < pull.times) {
        failuresServed.set(n, served + 1)
        return send(pull.status, { message: `fake failure ${pull.status}` })
      }
      return send(200, { number: n, state: 'closed', merged: false })
    }
    send(200, { number: n, state: pull.state, merged: pull.merged })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    authorizations,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
