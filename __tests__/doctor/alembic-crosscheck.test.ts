// The doctor reads Alembic revision files with regular expressions; Alembic reads them by importing them. For every
// versions folder in the fixtures, both must agree: the same heads; a missing down_revision, and a .py file without a
// revision, exactly where Alembic refuses to load the folder. Runs the real alembic (Debian's python3-alembic, as .ci/run installs).
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readAlembicFolders } from '../../src/doctor/alembic.js'
import { WorkspaceFiles } from '../../src/doctor/workspace-files.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const FIXTURES = path.join(HERE, 'fixtures')
const PYTHON = '/usr/bin/python3'
const hasAlembic = spawnSync(PYTHON, ['-c', 'import alembic'], { stdio: 'ignore' }).status === 0

const repositories = readdirSync(FIXTURES).flatMap((group) =>
  readdirSync(path.join(FIXTURES, group)).map((variant) => path.join(FIXTURES, group, variant)),
)
const folders = repositories.flatMap((root) =>
  readAlembicFolders(new WorkspaceFiles(root)).map((folder) => ({ root, ...folder })),
)

;(hasAlembic ? describe : describe.skip)('doctor vs alembic on the fixtures', () => {
  const absolute = folders.map(({ root, folder }) => path.join(root, folder))
  let alembic: Record<string, { heads?: string[]; error?: string }>

  beforeAll(() => {
    alembic = JSON.parse(
      execFileSync(PYTHON, [path.join(HERE, 'alembic_heads.py'), ...absolute], {
        encoding: 'utf8',
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
      }),
    )
  })

  test('there are folders to compare, clean and broken', () => {
    expect(folders.length).toBeGreaterThanOrEqual(5)
    expect(Object.values(alembic).some((answer) => answer.error)).toBe(true)
  })

  test.each(folders.map((folder) => [path.relative(FIXTURES, path.join(folder.root, folder.folder)), folder]))(
    '%s',
    (_name, { root, folder, revisions, strays }) => {
      const answer = alembic[path.join(root, folder)]
      if (strays.length > 0) {
        expect(answer.error).toMatch(/Could not determine revision id from filename/)
        expect(strays.map((stray) => path.posix.basename(stray))).toContain(/filename (\S+)\./.exec(answer.error!)?.[1])
        return
      }
      const ids = new Set(revisions.map((revision) => revision.id))
      const missing = revisions.flatMap((revision) => revision.downRevisions.filter((down) => !ids.has(down.id)))
      if (missing.length > 0) {
        expect(answer.error).toMatch(new RegExp(missing[0].id))
        return
      }
      const parents = new Set(revisions.flatMap((revision) => revision.downRevisions.map((down) => down.id)))
      const heads = revisions.filter((revision) => !parents.has(revision.id)).map((revision) => revision.id)
      expect(answer).toEqual({ heads: heads.sort() })
    },
  )
})
