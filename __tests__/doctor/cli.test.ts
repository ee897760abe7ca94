// The CLI as a user runs it from a clone: `npm run -s doctor -- <dir>`, here as `tsx src/doctor/cli.ts` in a child process.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const FIXTURES = '__tests__/doctor/fixtures'

async function doctor(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return doctorFrom(ROOT, ...args)
}

/** As `npm run` does: the script runs in the package folder, INIT_CWD is where the user typed the command. */
async function doctorFrom(
  initCwd: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'src/doctor/cli.ts', ...args],
      { cwd: ROOT, env: { ...process.env, NODE_OPTIONS: '', INIT_CWD: initCwd } },
    )
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('doctor CLI', () => {
  test('prints one finding per line, file:line: severity rule: message (fix: ...), and exits 1 on errors', async () => {
    const result = await doctor(`${FIXTURES}/use-before-migrate/bad`)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(
      /^\.github\/workflows\/ci\.yml:39: error use-before-migrate: Job api-tests uses .* \(fix: .*\)$/,
    )
    expect(lines[1]).toMatch(/^\.github\/workflows\/ci\.yml:50: error use-before-migrate: Job sql-lint /)
    expect(result.stderr).toContain('2 errors, 0 warnings')
    expect(result.code).toBe(1)
  })

  test('--fail-on decides the exit status', async () => {
    const warningsOnly = `${FIXTURES}/fork-pr-no-fallback/bad`
    expect((await doctor(warningsOnly)).code).toBe(0)
    expect((await doctor(warningsOnly, '--fail-on', 'warning')).code).toBe(1)
    expect((await doctor(`${FIXTURES}/secret-in-output/bad`, '--fail-on', 'never')).code).toBe(0)
    const wrong = await doctor(warningsOnly, '--fail-on', 'sometimes')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('fail_on must be error, warning or never')
  })

  test('--disable switches rules off by id (comma-separated or repeated)', async () => {
    const dir = `${FIXTURES}/alembic/bad`
    const all = await doctor(dir)
    expect(all.stdout.trim().split('\n')).toHaveLength(6)
    const some = await doctor(dir, '--disable', 'alembic-revision-length,alembic-multiple-heads,alembic-stray-file')
    expect(some.stdout.trim().split('\n')).toEqual([expect.stringContaining('alembic-missing-down-revision')])
    const none = await doctor(
      dir,
      '--disable',
      'alembic-revision-length,alembic-multiple-heads,alembic-stray-file',
      '--disable',
      'alembic-missing-down-revision',
    )
    expect(none.stdout).toBe('')
    expect(none.code).toBe(0)
  })

  test('a clean repository: no output on stdout, exit 0; a missing directory: exit 2', async () => {
    const clean = await doctor(`${FIXTURES}/clean/neon-python`, '--fail-on', 'warning')
    expect(clean).toMatchObject({ code: 0, stdout: '' })
    expect(clean.stderr).toContain('0 errors, 0 warnings')
    expect((await doctor(`${FIXTURES}/no-such-repository`)).code).toBe(2)
  })

  test('a relative directory is relative to where npm was started (INIT_CWD)', async () => {
    const result = await doctorFrom(path.join(ROOT, FIXTURES), 'use-before-migrate/bad')
    expect(result.stdout.trim().split('\n')).toHaveLength(2)
  })

  test('--list-rules prints every rule id with its explanation', async () => {
    const result = await doctor('--list-rules')
    expect(result.stdout).toMatch(/^secret-in-output \(error\): /m)
    expect(result.stdout.trim().split('\n')).toHaveLength(12)
  })
})
