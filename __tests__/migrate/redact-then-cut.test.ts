/**
 * Issue 11, point 3: redact, then cut. A failed migration's output is shortened twice: its last lines, at most 4000
 * characters, for the error annotation (and the summary's error block), and its last 896 KiB for the summary's full
 * log. Neither may ever show part of the password, wherever the cut falls: every offset through the password is
 * tried, for both cuts, through the bundled action as a runner runs it (fallback_database_url pointing at a branch of
 * the local Neon server, so the migration lock and record are real).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createJob, expectNoSecret, type StepResult } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'
import { apiRequest } from '../neon/local-api.js'

const neon = useLocalNeon()
const SUMMARY_CAP = 896 * 1024 // the summary's full log keeps the last 896 KiB (src/migrate/report.ts)
const ANNOTATION_CAP = 4000 // the error message keeps the last 4000 characters of the last lines

/**
 * Output whose cuts, made on the raw bytes, would fall at `offset` into the password: the 896 KiB cut inside the
 * password's first appearance, the 4000-character cut inside its last. Filler is `=`, `-` and `.` only, so any
 * letter, digit or `_` shown near a cut is part of the password.
 */
function outputCuttingAt(password: string, offset: number): string {
  const last = `${'-'.repeat(1000)}${password}${'.'.repeat(ANNOTATION_CAP - password.length + offset)}\n`
  const lineP = `${'-'.repeat(100)}${password}${'.'.repeat(100)}\n`
  const fromCut = password.length - offset + 100 + 1 // bytes of line P from the cut to its end
  let after = SUMMARY_CAP - fromCut - last.length
  const fillers: string[] = []
  while (after > 0) {
    const size = Math.min(after, 101)
    fillers.push(size === 1 ? '\n' : `${'='.repeat(size - 1)}\n`)
    after -= size
  }
  const before = `${'='.repeat(99)}\n`.repeat(1000)
  return before + lineP + fillers.join('') + last
}

/** Lines of what a cut left: only filler and *** (HTML-escaped in the summary) may remain. */
const CLEAN_LINE = /^(?:[-.=]|\*|&#42;)*$/

describe('redact, then cut', () => {
  it('no cut offset through the password shows any part of it, in the annotation or the summary', async () => {
    const created = await apiRequest<{
      connection_uris: { connection_uri: string; connection_parameters: { password: string } }[]
    }>(neon, 'POST', `/projects/${neon.projectId}/branches`, {
      branch: { name: 'ci/redact-then-cut' },
      endpoints: [{ type: 'read_write' }],
    })
    const { connection_uri: url, connection_parameters: params } = created.connection_uris[0]
    const password = params.password
    expect(password.length).toBeGreaterThan(8)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cut-'))
    const job = await createJob({ env: neon.env() })
    const steps: StepResult[] = []
    try {
      for (let offset = 0; offset <= password.length; offset++) {
        const file = path.join(dir, `out-${offset}.txt`)
        writeFileSync(file, outputCuttingAt(password, offset))
        const step = await job.runMain({
          inputs: { fallback_database_url: url, migrate: `cat '${file}'; exit 1` },
        })
        expect(step.exitCode).toBe(1)
        expect(step.outputs.migrate_outcome).toBe('failed')

        const annotation = step.annotations.find((a) => a.level === 'error')?.message ?? ''
        const [headline, ...tail] = annotation.split('\n')
        expect(headline).toMatch(/failed with exit code 1 .*Last lines of its output:$/)
        expect(tail.length).toBeGreaterThan(0)
        for (const line of tail)
          expect([offset, line.slice(0, 80)]).toEqual([offset, expect.stringMatching(CLEAN_LINE)])

        const blocks = [...step.summary.matchAll(/<pre><code>([^]*?)<\/code><\/pre>/g)].map((m) => m[1])
        expect(blocks).toHaveLength(2) // the error, and the full log
        for (const block of blocks) {
          // our own words: the error's headline, the note on what the cap left out
          const lines = block.split('\n').filter((line) => !/^(\[the first |Migration command )/.test(line))
          for (const line of lines)
            expect([offset, line.slice(0, 80)]).toEqual([offset, expect.stringMatching(CLEAN_LINE)])
        }
        steps.push(step)
      }
      expectNoSecret(steps, password)
    } finally {
      await job.cleanup()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 600_000)
})
