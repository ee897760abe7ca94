// Baseline for the benchmark: one bare POST /branches from node, nothing else (the floor for any node step).
// Outputs the URL the answer carries (db_url) and the branch id, so the bench can run the first query after it.
import { appendFileSync } from 'node:fs'

const response = await fetch(`${process.env.INPUT_API_HOST}/projects/${process.env.INPUT_PROJECT_ID}/branches`, {
  method: 'POST',
  headers: { authorization: `Bearer ${process.env.INPUT_API_KEY}`, 'content-type': 'application/json' },
  body: JSON.stringify({ branch: { name: process.env.INPUT_BRANCH_NAME }, endpoints: [{ type: 'read_write' }] }),
})
if (response.status !== 201) throw new Error(`POST /branches answered ${response.status}`)
const body = await response.json()
appendFileSync(
  process.env.GITHUB_OUTPUT,
  `db_url=${body.connection_uris[0].connection_uri}\nbranch_id=${body.branch.id}\n`,
)
