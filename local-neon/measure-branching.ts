// Measures how long a new branch takes to become connectable: POST /branches → first successful SELECT 1 on the
// returned URL. `tsx local-neon/measure-branching.ts [runs] [latencyMs]`
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { startLocalNeon } from './server.js'

const runs = Number(process.argv[2] ?? 5)
const latencyMs = Number(process.argv[3] ?? 0)

const neon = await startLocalNeon({
  log: process.env.LOG
    ? (l) => {
        if (!/ LOG: /.test(l)) console.error(l)
      }
    : undefined,
})
const ca = readFileSync(neon.caFile, 'utf8')
try {
  await fetch(`${neon.baseUrl}/__local/latency`, { method: 'POST', body: JSON.stringify({ ms: latencyMs }) })
  const headers = { authorization: `Bearer ${neon.apiKey}`, 'content-type': 'application/json' }
  const results: { api: number; connectable: number }[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    const response = await fetch(`${neon.apiHost}/projects/${neon.projectId}/branches`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ branch: { name: `measure-${i}` }, endpoints: [{ type: 'read_write' }] }),
    })
    const body = (await response.json()) as { connection_uris: { connection_uri: string }[] }
    const api = performance.now() - started
    const url = new URL(body.connection_uris[0].connection_uri)
    url.search = '' // node-postgres would ignore `ssl` below if the URL had sslmode
    for (;;) {
      const client = new pg.Client({ connectionString: url.toString(), ssl: { ca } })
      try {
        await client.connect()
        await client.query('SELECT 1')
        await client.end()
        break
      } catch {
        await client.end().catch(() => undefined)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    }
    results.push({ api: Math.round(api), connectable: Math.round(performance.now() - started) })
  }
  const sorted = results.map((r) => r.connectable).sort((a, b) => a - b)
  console.log(
    JSON.stringify({ latencyMs, runs: results, median_connectable_ms: sorted[Math.floor(sorted.length / 2)] }),
  )
} finally {
  await neon.stop()
}
