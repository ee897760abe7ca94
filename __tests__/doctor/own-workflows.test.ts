// The project's own workflows must pass its own doctor (they use the action as `uses: ./`).
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { formatFinding } from '../../src/doctor/report.js'
import { lintWorkspace } from '../../src/doctor/lint.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

test("this repository's .github/workflows give no findings", () => {
  expect(lintWorkspace(ROOT, { disabledRules: [] }).map(formatFinding)).toEqual([])
})
