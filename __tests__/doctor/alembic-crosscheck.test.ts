// The doctor reads Alembic histories from the files; Alembic reads them by importing them. For every history in the
// fixtures and the scorecard's corpus both must agree: the same heads and the same revisions, and where Alembic refuses to load a history, the
// doctor has the reason (a missing down_revision, a .py file without a revision, a script_location that is not there).
// Histories configured by an ini section are asked of the real `alembic` command (`alembic -c <ini> -n <section>
// heads` and `history`, run from the ini's folder as users do); the others through Alembic's ScriptDirectory with the
// same locations (alembic_heads.py). Needs Debian's alembic and python3-alembic, which .ci/run installs.
import { execFileSync, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readAlembicEnvironments, type AlembicEnvironment } from '../../src/doctor/alembic.js'
import { WorkspaceFiles } from '../../src/doctor/workspace-files.js'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const FIXTURES = path.join(HERE, 'fixtures')
const PYTHON = '/usr/bin/python3'
const hasAlembic =
  spawnSync(PYTHON, ['-c', 'import alembic'], { stdio: 'ignore' }).status === 0 &&
  spawnSync('alembic', ['--version'], { stdio: 'ignore' }).status === 0

interface Answer {
  heads?: string[]
  revisions?: string[]
  error?: string
}

const CORPUS = path.join(HERE, 'testdata', 'corpus')
const repositories = [
  ...readdirSync(FIXTURES).flatMap((group) =>
    readdirSync(path.join(FIXTURES, group)).map((variant) => path.join(FIXTURES, group, variant)),
  ),
  ...readdirSync(CORPUS).map((name) => path.join(CORPUS, name)),
]
const histories = repositories.flatMap((root) =>
  readAlembicEnvironments(new WorkspaceFiles(root)).map((environment) => ({
    root,
    environment,
    name: `${path.relative(HERE, root)}: ${environment.config ? `${environment.config.file} [${environment.config.section}]` : environment.scriptFolder}`,
  })),
)
const byIni = histories.filter(({ environment }) => environment.config?.file.endsWith('.ini'))
const byScript = histories.filter(({ environment }) => !environment.config?.file.endsWith('.ini'))

/** `alembic heads` and `alembic history` as a user runs them, from the ini's folder. */
function askAlembicCommand(root: string, environment: AlembicEnvironment): Answer {
  const ini = path.join(root, environment.config!.file)
  const run = (command: string) =>
    spawnSync('alembic', ['-c', path.basename(ini), '-n', environment.config!.section, command], {
      cwd: path.dirname(ini),
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONWARNINGS: 'ignore' },
    })
  const heads = run('heads')
  if (heads.status !== 0) return { error: `${heads.stdout}\n${heads.stderr}` }
  const history = run('history')
  return {
    heads: [...heads.stdout.matchAll(/^(\w+)(?: \([^)]*\))* \(head\)/gm)].map((match) => match[1]).sort(),
    // `a, b -> c (head) (mergepoint), message`: the revision is the one after the arrow
    revisions: [...history.stdout.matchAll(/-> (\w+)/g)].map((match) => match[1]).sort(),
  }
}

function doctorsView(environment: AlembicEnvironment): Answer & { missing: string[]; strays: string[] } {
  const ids = new Set(environment.revisions.map((revision) => revision.id))
  const parents = new Set(environment.revisions.flatMap((revision) => revision.downRevisions.map((down) => down.value)))
  return {
    heads: environment.revisions
      .filter((revision) => !parents.has(revision.id))
      .map((revision) => revision.id)
      .sort(),
    revisions: [...ids].sort(),
    missing: [...parents].filter((id) => !ids.has(id)),
    strays: environment.folders.flatMap((folder) => folder.strays),
  }
}

function expectAgreement(environment: AlembicEnvironment, answer: Answer): void {
  const view = doctorsView(environment)
  if (!environment.scriptFolder && environment.config) {
    expect(answer.error).toMatch(/Path doesn't exist/)
  } else if (view.strays.length > 0) {
    expect(answer.error).toMatch(/Could not determine revision id from filename/)
    expect(view.strays.map((stray) => path.posix.basename(stray))).toContain(
      /filename (\S+)\./.exec(answer.error!)?.[1],
    )
  } else if (view.missing.length > 0) {
    expect(answer.error).toMatch(new RegExp(`KeyError: '(${view.missing.join('|')})'`))
  } else {
    expect(answer).toEqual({ heads: view.heads, revisions: view.revisions })
  }
}

;(hasAlembic ? describe : describe.skip)('doctor vs alembic on the fixtures', () => {
  let scripted: Record<string, Answer>

  beforeAll(() => {
    const specs = byScript.map(({ root, environment, name }) => ({
      key: name,
      script_location: path.join(root, environment.scriptFolder ?? '.'),
      version_locations: environment.config
        ? environment.folders.map((folder) => path.join(root, folder.folder))
        : null,
    }))
    scripted = JSON.parse(
      execFileSync(PYTHON, [path.join(HERE, 'alembic_heads.py'), JSON.stringify(specs)], {
        encoding: 'utf8',
        env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
      }),
    )
  })

  test('there are histories to compare: over several folders, from ini sections, broken and clean', () => {
    expect(histories.length).toBeGreaterThanOrEqual(12)
    expect(histories.some(({ environment }) => environment.folders.length > 1)).toBe(true)
    expect(byIni.some(({ environment }) => environment.config!.section !== 'alembic')).toBe(true)
    expect(byIni.some(({ environment }) => /^\w[\w.]*:/.test(environment.config!.scriptLocation))).toBe(true)
  })

  test.each(byIni.map((history) => [history.name, history]))('%s (alembic command)', (_name, { root, environment }) => {
    expectAgreement(environment, askAlembicCommand(root, environment))
  })

  test.each(byScript.map((history) => [history.name, history]))(
    '%s (ScriptDirectory)',
    (_name, { environment, name }) => {
      expectAgreement(environment, scripted[name])
    },
  )
})
