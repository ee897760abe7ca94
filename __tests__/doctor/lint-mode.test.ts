// runLintMode with @actions/core mocked: annotations with file and line, the summary table, and fail_on.
import { jest } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

const summaryCalls: Array<[string, unknown[]]> = []
const summary = {
  addHeading: jest.fn((...args: unknown[]) => (summaryCalls.push(['heading', args]), summary)),
  addRaw: jest.fn((...args: unknown[]) => (summaryCalls.push(['raw', args]), summary)),
  addTable: jest.fn((...args: unknown[]) => (summaryCalls.push(['table', args]), summary)),
  write: jest.fn(async () => summary),
}
const core = {
  error: jest.fn(),
  warning: jest.fn(),
  info: jest.fn(),
  setFailed: jest.fn(),
  summary,
}
jest.unstable_mockModule('@actions/core', () => core)
const { runLintMode } = await import('../../src/doctor/index.js')

beforeEach(() => {
  jest.clearAllMocks()
  summaryCalls.length = 0
})

describe('runLintMode', () => {
  test('errors and warnings become annotations with the workspace-relative file and the line', async () => {
    await runLintMode({ workspace: path.join(FIXTURES, 'alembic/bad'), failOn: 'error', disabledRules: [] })
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('varchar(32)'), {
      file: 'db/migrations/versions/0003_loyalty_v2.py',
      startLine: 6,
      title: 'alembic-revision-length',
    })
    expect(core.error).toHaveBeenCalledWith(expect.stringContaining('Fix: Shorten it'), {
      file: 'apps/ledger/schema/revisions/l1_accounts.py',
      startLine: 2,
      title: 'alembic-revision-length',
    })
    expect(core.error).toHaveBeenCalledTimes(5)
    // no finding is a warning; the one warning is the notice that this workspace has no workflow files
    expect(core.warning.mock.calls.filter(([, properties]) => properties !== undefined)).toHaveLength(0)
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('5 errors, 0 warnings'))
  })

  test('the summary has one table row per finding, HTML-escaped', async () => {
    await runLintMode({ workspace: path.join(FIXTURES, 'unbuffered-python/bad'), failOn: 'never', disabledRules: [] })
    const table = summaryCalls.find(([kind]) => kind === 'table')?.[1][0] as unknown[][]
    expect(table).toHaveLength(1 + 12)
    expect(table[1]).toEqual([
      'warning',
      '<code>unbuffered-python</code>',
      '<code>.github/workflows/ci.yml:18</code>',
      expect.any(String),
      expect.stringContaining('python -u'),
    ])
    expect(summary.write).toHaveBeenCalledTimes(1)
  })

  test('fail_on: error does not fail on warnings only; warning does; never never does', async () => {
    const workspace = path.join(FIXTURES, 'unbuffered-python/bad')
    await runLintMode({ workspace, failOn: 'error', disabledRules: [] })
    expect(core.setFailed).not.toHaveBeenCalled()
    await runLintMode({ workspace, failOn: 'warning', disabledRules: [] })
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('0 errors, 12 warnings (fail_on: warning)'))
    core.setFailed.mockClear()
    await runLintMode({ workspace: path.join(FIXTURES, 'secret-in-output/bad'), failOn: 'never', disabledRules: [] })
    expect(core.error).toHaveBeenCalled()
    expect(core.setFailed).not.toHaveBeenCalled()
  })

  test('a disabled rule is silent, and an unknown id in disable_rules is a warning', async () => {
    await runLintMode({
      workspace: path.join(FIXTURES, 'secret-in-output/bad'),
      failOn: 'error',
      disabledRules: ['secret-in-output', 'no-such-rule'],
    })
    expect(core.error).not.toHaveBeenCalled()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.warning).toHaveBeenCalledTimes(1)
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('no-such-rule'))
    expect(summaryCalls).toContainEqual([
      'raw',
      [expect.stringContaining('Rules switched off: secret-in-output'), true],
    ])
  })

  test('a clean workspace: no annotations, "No findings" in the summary, not failed', async () => {
    await runLintMode({ workspace: path.join(FIXTURES, 'clean/neon-python'), failOn: 'warning', disabledRules: [] })
    expect(core.error).not.toHaveBeenCalled()
    expect(core.warning).not.toHaveBeenCalled()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(summaryCalls).toContainEqual([
      'raw',
      ['Read 1 workflow file and 1 Alembic versions folder: no findings (fail_on: warning).', true],
    ])
  })

  test('sarif_file: the findings as SARIF, for code scanning', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'doctor-sarif-'))
    try {
      const sarifFile = path.join(dir, 'reports', 'doctor.sarif')
      await runLintMode({
        workspace: path.join(FIXTURES, 'unknown-input/bad'),
        failOn: 'never',
        disabledRules: [],
        sarifFile,
      })
      const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'))
      expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toEqual(
        Array(7).fill('unknown-input'),
      )
      expect(core.info).toHaveBeenCalledWith(expect.stringContaining('Wrote 7 findings as SARIF'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('text from the files cannot start a workflow command in the log', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'doctor-inert-'))
    try {
      mkdirSync(path.join(dir, '.github/workflows'), { recursive: true })
      // a job id and an output name chosen to break out of the annotation
      writeFileSync(
        path.join(dir, '.github/workflows/ci.yml'),
        [
          'on: push',
          'jobs:',
          '  "a\n::error::injected":',
          '    runs-on: ubuntu-latest',
          '    steps:',
          '      - run: echo "${{ needs.x.outputs[\'y\n::set-output name=z::1\'] }}"',
        ].join('\n'),
      )
      await runLintMode({ workspace: dir, failOn: 'never', disabledRules: [] })
      const printed = [...core.error.mock.calls, ...core.warning.mock.calls, ...core.info.mock.calls].map(
        ([text]) => text as string,
      )
      expect(printed.length).toBeGreaterThan(1)
      for (const text of printed) {
        expect(text).not.toMatch(/[\r\n]/)
        expect(text).not.toMatch(/^\s*::/)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a workspace without workflows (no checkout?) is a warning, not a silent pass', async () => {
    await runLintMode({ workspace: path.join(FIXTURES, 'alembic/good'), failOn: 'error', disabledRules: [] })
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('Does the job run actions/checkout'))
    expect(core.setFailed).not.toHaveBeenCalled()
  })
})
