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
  test('prints each finding on one line, file:line: severity rule: message, its fix indented below; exits 1 on errors', async () => {
    const result = await doctor(`${FIXTURES}/use-before-migrate/bad`)
    const lines = result.stdout.trim().split('\n')
    expect(lines).toHaveLength(8)
    expect(lines[0]).toMatch(
      /^\.github\/workflows\/ci\.yml:39: error use-before-migrate: Job api-tests uses .*schema\.$/,
    )
    expect(lines[1]).toMatch(/^ {4}fix: Add migrate to this job's needs:/)
    expect(lines[2]).toMatch(/^\.github\/workflows\/ci\.yml:50: error use-before-migrate: Job sql-lint /)
    expect(lines.filter((line) => !line.startsWith('    fix: '))).toHaveLength(4)
    expect(result.stderr).toContain('4 errors, 0 warnings')
    expect(result.code).toBe(1)
  })

  test('--format json: the findings and counts for scripts', async () => {
    const result = await doctor(`${FIXTURES}/unknown-input/bad`, '--format', 'json', '--fail-on', 'never')
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({ errors: 5, warnings: 2, read: { workflows: 1, alembicFolders: 0 } })
    expect(report.findings[0]).toEqual({
      rule: 'unknown-input',
      severity: 'error',
      file: '.github/workflows/preview.yml',
      line: 18,
      message: expect.stringContaining('takes no input parent'),
      fix: 'Rename parent to parent_branch.',
    })
    expect(result.code).toBe(0)
  })

  test('--format sarif: SARIF 2.1.0 with every rule and one located result per finding', async () => {
    const result = await doctor(`${FIXTURES}/secret-in-output/bad`, '--format', 'sarif')
    const sarif = JSON.parse(result.stdout)
    expect(sarif.version).toBe('2.1.0')
    const [run] = sarif.runs
    expect(run.tool.driver.name).toBe('neon-workflow-doctor')
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('secret-in-output')
    expect(run.results).toHaveLength(11)
    const [first] = run.results
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(first.ruleId)
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.github/workflows/by-version.yml' },
      region: { startLine: 11 },
    })
    expect(first.message.text).toMatch(/Fix: /)
    expect(result.code).toBe(1)
    expect((await doctor(`${FIXTURES}/clean/neon-node`, '--format', 'xml')).code).toBe(2)
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
    expect(all.stdout.trim().split('\n')).toHaveLength(10)
    const some = await doctor(dir, '--disable', 'alembic-revision-length,alembic-multiple-heads,alembic-stray-file')
    expect(some.stdout.trim().split('\n')).toEqual([
      expect.stringContaining('alembic-missing-down-revision'),
      expect.stringMatching(/^ {4}fix: /),
    ])
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
    expect(result.stdout.trim().split('\n')).toHaveLength(8)
  })

  test('--list-rules prints every rule id with its explanation; --help says it is the engine of mode: lint', async () => {
    const result = await doctor('--list-rules')
    expect(result.stdout).toMatch(/^secret-in-output \(error\): /m)
    expect(result.stdout.trim().split('\n')).toHaveLength(15)
    expect((await doctor('--help')).stdout).toMatch(/engine of this action's mode: lint/)
  })
})
