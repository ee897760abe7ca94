// `mode: lint` of the bundled action (dist/main, dist/post) as a runner runs it, in a fixture repository as workspace:
// findings arrive as ::error/::warning annotations with file and line, the summary has the table, the exit status
// follows fail_on, and post has nothing to clean up.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lintWorkspace } from '../../src/doctor/lint.js'
import { runJob } from '../../support/runner-emulator.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

describe('mode: lint in the bundled action', () => {
  test('annotations with file and line, summary table, failed on errors', async () => {
    const workspace = path.join(FIXTURES, 'cleanup-under-dependants/bad')
    const { main, post } = await runJob({ workspace, inputs: { mode: 'lint' } })
    const doctor = main.annotations.filter((annotation) => annotation.properties.title === 'cleanup-under-dependants')
    // The same findings as the sources give (a difference means dist/ needs `npm run build`).
    const expected = lintWorkspace(workspace, { disabledRules: [] }).map((finding) => [
      finding.severity,
      finding.file,
      `${finding.line}`,
    ])
    expect(
      doctor.map((annotation) => [annotation.level, annotation.properties.file, annotation.properties.line]),
    ).toEqual(expected)
    expect(expected).toContainEqual(['error', '.github/workflows/nightly.yml', '19'])
    expect(main.summary).toContain('<code>.github/workflows/nightly.yml:19</code>')
    expect(main.exitCode).toBe(1)
    expect(post.exitCode).toBe(0)
  })

  test('fail_on: never and disable_rules let the step pass', async () => {
    const workspace = path.join(FIXTURES, 'secret-in-output/bad')
    const never = await runJob({ workspace, inputs: { mode: 'lint', fail_on: 'never' } })
    expect(
      never.main.annotations.filter((annotation) => annotation.properties.title === 'secret-in-output').length,
    ).toBeGreaterThan(0)
    expect(never.main.exitCode).toBe(0)
    const disabled = await runJob({ workspace, inputs: { mode: 'lint', disable_rules: 'secret-in-output' } })
    expect(disabled.main.annotations.filter((annotation) => annotation.level === 'error')).toEqual([])
    expect(disabled.main.exitCode).toBe(0)
  })

  test("the bundle reads this action's inputs from action.yml, and writes SARIF", async () => {
    const workspace = mkdtempSync(path.join(tmpdir(), 'doctor-bundle-'))
    try {
      cpSync(path.join(FIXTURES, 'unknown-input/bad'), workspace, { recursive: true })
      const { main } = await runJob({
        workspace,
        inputs: { mode: 'lint', fail_on: 'never', sarif_file: 'reports/doctor.sarif' },
      })
      const expected = lintWorkspace(workspace, { disabledRules: [] }).map((finding) => [
        finding.severity,
        finding.rule,
        `${finding.line}`,
      ])
      expect(
        main.annotations
          .filter((annotation) => annotation.level !== 'notice')
          .map((annotation) => [annotation.level, annotation.properties.title, annotation.properties.line]),
      ).toEqual(expected)
      // clean_up and migrate_command are not in action.yml: found only if the bundle read it
      expect(expected).toContainEqual(['error', 'unknown-input', '35'])
      const sarif = JSON.parse(readFileSync(path.join(workspace, 'reports/doctor.sarif'), 'utf8'))
      expect(sarif.runs[0].results).toHaveLength(expected.length)
      expect(main.exitCode).toBe(0)
    } finally {
      rmSync(workspace, { recursive: true, force: true })
    }
  })

  test('a clean repository passes with fail_on: warning', async () => {
    const { main } = await runJob({
      workspace: path.join(FIXTURES, 'clean/neon-python'),
      inputs: { mode: 'lint', fail_on: 'warning' },
    })
    expect(main.annotations.filter((annotation) => annotation.level !== 'notice')).toEqual([])
    expect(main.summary).toMatch(/no findings/i)
    expect(main.exitCode).toBe(0)
  })
})
