/**
 * Issue 11, point 9: a migration never outlives its step. The bundled main step is killed with SIGKILL in the middle
 * of its migration (as a runner crash or the OOM killer would): the migration command must stop too, and the
 * migration lock must stay held until it has, so a second job started at once does not run the migration beside it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { createJob } from '../../support/runner-emulator.js'
import { useLocalNeon } from '../../support/local-neon-for-test.js'

const neon = useLocalNeon()

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  // a zombie is dead (where PID 1 does not reap orphans it lingers)
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

async function until(condition: () => boolean, what: string, limitMs = 30_000): Promise<void> {
  for (const started = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() - started > limitMs) throw new Error(`still waiting for: ${what}`)
  }
}

describe('a migration never outlives its step', () => {
  it('SIGKILL of the main step mid-migration: the job waiting for the lock gets it only once the command is gone', async () => {
    const marks = mkdtempSync(path.join(os.tmpdir(), 'migrate-marks-'))
    // The first run records its shell's pid and sleeps; stopped, it takes 3 more seconds to finish (a migration
    // tool rolling back). Every run first notes whether the first one's shell is still alive.
    const migrate = [
      'if [ -f "$MARKS/first.pid" ] && kill -0 "$(cat "$MARKS/first.pid")" 2>/dev/null; then echo OVERLAP >> "$MARKS/log"; fi',
      'if [ ! -f "$MARKS/first.pid" ]; then',
      '  trap \'sleep 3; echo "first run stopped" >> "$MARKS/log"; exit 143\' TERM',
      '  echo $$ > "$MARKS/first.pid"; sleep 120 & wait',
      'fi',
      'echo "a later run finished" >> "$MARKS/log"',
    ].join('\n')
    const sha = 'd00d'.repeat(10)
    const env = { ...neon.env(), MARKS: marks }
    const first = await createJob({ runId: '7440001', sha, env })
    const second = await createJob({ runId: '7440001', sha, env })
    try {
      let secondWaits = false
      const firstRun = first.runMain({ inputs: { ...neon.inputs(), migrate }, killWhen: () => secondWaits })
      await until(() => existsSync(path.join(marks, 'first.pid')), 'the first migration to start')
      // the second job blocks on the migration lock; then the first job's step is killed
      const secondRun = second.runMain({
        inputs: { ...neon.inputs(), migrate },
        killWhen: (s) => {
          if (s.stdout.includes('Waiting for the migration run by')) secondWaits = true
          return false
        },
      })
      const killed = await firstRun
      expect(killed.killed).toBe(true)
      const pid = Number(readFileSync(path.join(marks, 'first.pid'), 'utf8'))

      const next = await secondRun
      expect(next.exitCode).toBe(0)
      expect(alive(pid)).toBe(false)
      expect(next.annotations.some((a) => a.properties.title === 'Migration taken over')).toBe(true)
      expect(next.outputs.migrate_outcome).toBe('migrated')
      const log = readFileSync(path.join(marks, 'log'), 'utf8')
      expect(log).not.toContain('OVERLAP')
      expect(log.split('\n').filter(Boolean)).toEqual(['first run stopped', 'a later run finished'])

      const post = await first.runPost(killed)
      expect(post.exitCode).toBe(0)
      expect(post.log).toContain('Deleted branch ci/octo-repo/run-7440001')
    } finally {
      try {
        const pid = Number(readFileSync(path.join(marks, 'first.pid'), 'utf8'))
        if (alive(pid)) process.kill(-pid, 'SIGKILL') // what main's dist leaves behind
      } catch {
        // nothing started
      }
      await first.cleanup()
      await second.cleanup()
      rmSync(marks, { recursive: true, force: true })
    }
  })

  it('the command is gone soon after the step was killed, without any other job asking', async () => {
    const marks = mkdtempSync(path.join(os.tmpdir(), 'migrate-marks-'))
    const migrate = 'echo $$ > "$MARKS/pid"; echo "running-$((40 + 2))"; sleep 120'
    const job = await createJob({ runId: '7440002', env: { ...neon.env(), MARKS: marks } })
    try {
      const killed = await job.runMain({
        inputs: { ...neon.inputs(), migrate },
        killWhen: (s) => s.stdout.includes('running-42'),
      })
      expect(killed.killed).toBe(true)
      const pid = Number(readFileSync(path.join(marks, 'pid'), 'utf8'))
      await until(() => !alive(pid), `the migration command (pid ${pid}) to stop after its step was killed`)
      expect((await job.runPost(killed)).exitCode).toBe(0)
    } finally {
      try {
        const pid = Number(readFileSync(path.join(marks, 'pid'), 'utf8'))
        if (alive(pid)) process.kill(-pid, 'SIGKILL')
      } catch {
        // nothing started
      }
      await job.cleanup()
      rmSync(marks, { recursive: true, force: true })
    }
  })
})
