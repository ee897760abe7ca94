import path from 'node:path'
import { VERSION_COLUMN_WIDTH, type AlembicEnvironment, type Revision } from '../alembic.js'
import type { Rule } from './rule.js'

/** How an environment is named in messages: its config section, or its folder. */
function describe(environment: AlembicEnvironment): string {
  if (environment.config) return `the history of ${environment.config.file} [${environment.config.section}]`
  return `the history in ${environment.folders.map((folder) => folder.folder).join(', ')}`
}

export const alembicRevisionLength: Rule = {
  id: 'alembic-revision-length',
  severity: 'error',
  summary: `Alembic revision ids longer than alembic_version.version_num (varchar(${VERSION_COLUMN_WIDTH}), unless the project widens it), one finding per versions folder.`,
  check({ alembic }, report) {
    for (const environment of alembic) {
      const { tooLong, widening } = overlongRevisions(environment)
      for (const folder of environment.folders) {
        const ids = tooLong.filter((revision) => revision.folder === folder.folder)
        if (ids.length === 0) continue
        const longest = ids.reduce((a, b) => (b.id.length > a.id.length ? b : a))
        const first =
          ids.length === 1
            ? `Revision id "${longest.id}" is ${longest.id.length} characters`
            : `${ids.length} revision ids in ${folder.folder} exceed ${VERSION_COLUMN_WIDTH} characters (longest ${longest.id.length}: "${longest.id}")`
        const when = widening
          ? `; they are applied before revision ${widening.id} widens alembic_version.version_num, while it is still varchar(${VERSION_COLUMN_WIDTH}), so upgrading a new database fails when it records the first of them`
          : `; alembic_version.version_num is varchar(${VERSION_COLUMN_WIDTH}), so upgrade fails when it records ${ids.length === 1 ? 'this revision' : 'the first of them'}, after its migration ran`
        report(
          longest.file,
          longest.line,
          `${first}${when}.`,
          widening
            ? `Shorten ${ids.length === 1 ? 'it' : 'them'} to ${VERSION_COLUMN_WIDTH} characters or fewer (and the down_revision entries that name ${ids.length === 1 ? 'it' : 'them'}), or widen the column in env.py before Alembic records any revision; a database that already recorded an old id needs alembic stamp <new id> after the rename.`
            : `Shorten ${ids.length === 1 ? 'it' : 'them'} to ${VERSION_COLUMN_WIDTH} characters or fewer (Alembic's own ids are 12 hex digits) and update the down_revision entries that name ${ids.length === 1 ? 'it' : 'them'}, or widen the column in env.py before any revision is recorded; a database that already recorded an old id needs alembic stamp <new id>.`,
        )
      }
    }
  },
}

/** Revision ids the version table cannot hold when they are recorded, and the migration that widens it, if any. */
function overlongRevisions(environment: AlembicEnvironment): { tooLong: Revision[]; widening?: Revision } {
  const { revisions, envWidensTo } = environment
  if (envWidensTo !== undefined) return { tooLong: revisions.filter((revision) => revision.id.length > envWidensTo) }
  const byId = new Map(revisions.map((revision) => [revision.id, revision]))
  const ancestors = (revision: Revision): Set<string> => {
    const found = new Set<string>()
    const stack = revision.downRevisions.map((down) => down.value)
    while (stack.length > 0) {
      const id = stack.pop()!
      if (found.has(id)) continue
      found.add(id)
      for (const down of byId.get(id)?.downRevisions ?? []) stack.push(down.value)
    }
    return found
  }
  const widenings = revisions.filter((revision) => revision.widensTo !== undefined)
  // The first widening: the one no other widening comes before.
  const widening = widenings.find((candidate) => !widenings.some((other) => ancestors(candidate).has(other.id)))
  if (!widening) return { tooLong: revisions.filter((revision) => revision.id.length > VERSION_COLUMN_WIDTH) }
  const before = ancestors(widening)
  const width = widening.widensTo!
  return {
    tooLong: revisions.filter((revision) =>
      before.has(revision.id) ? revision.id.length > VERSION_COLUMN_WIDTH : revision.id.length > width,
    ),
    widening: revisions.some((revision) => before.has(revision.id) && revision.id.length > VERSION_COLUMN_WIDTH)
      ? widening
      : undefined,
  }
}

export const alembicMultipleHeads: Rule = {
  id: 'alembic-multiple-heads',
  severity: 'error',
  summary:
    'An Alembic history (all its version_locations) has more than one head, so `alembic upgrade head` refuses to run.',
  check({ alembic }, report) {
    for (const environment of alembic) {
      const { revisions } = environment
      if (revisions.some((revision) => revision.hasBranchLabels)) continue // labelled branches are deliberate
      // With a parent missing, alembic stops at that (alembic-missing-down-revision); the heads are a consequence.
      const ids = new Set(revisions.map((revision) => revision.id))
      if (revisions.some((revision) => revision.downRevisions.some((down) => !ids.has(down.value)))) continue
      const parents = new Set(revisions.flatMap((revision) => revision.downRevisions.map((down) => down.value)))
      const heads = revisions.filter((revision) => !parents.has(revision.id))
      if (heads.length < 2) continue
      const [first, ...rest] = heads
      report(
        first.file,
        first.line,
        `${capitalize(describe(environment))} has ${heads.length} heads: ${heads.map((head) => `${head.id} (${head.file})`).join(', ')}; ` +
          '`alembic upgrade head` fails with "Multiple head revisions are present".',
        `Merge them: alembic merge -m "merge heads" ${heads.map((head) => head.id).join(' ')} ` +
          `(or point the down_revision of ${rest.map((head) => head.id).join(', ')} at the other head).`,
      )
    }
  },
}

export const alembicMissingDownRevision: Rule = {
  id: 'alembic-missing-down-revision',
  severity: 'error',
  summary: "An Alembic down_revision names a revision that is in none of the history's version locations.",
  check({ alembic }, report) {
    for (const environment of alembic) {
      const ids = new Set(environment.revisions.map((revision) => revision.id))
      for (const revision of environment.revisions) {
        for (const down of revision.downRevisions.filter((candidate) => !ids.has(candidate.value))) {
          report(
            revision.file,
            down.line,
            `Revision ${revision.id} has down_revision "${down.value}", which no revision in ${describe(environment)} declares; alembic stops with "Revision ${down.value} referenced from ... is not present".`,
            'Point down_revision at an existing revision id (alembic history shows them), or restore the missing revision file.',
          )
        }
      }
    }
  },
}

export const alembicStrayFile: Rule = {
  id: 'alembic-stray-file',
  severity: 'error',
  summary: 'A Python file in an Alembic versions folder that declares no revision.',
  check({ alembic }, report) {
    for (const environment of alembic) {
      for (const { folder, strays } of environment.folders) {
        for (const file of strays) {
          report(
            file,
            1,
            `${path.posix.basename(file)} sits in ${folder} but declares no revision; alembic loads every .py file there and stops with "Could not determine revision id from filename".`,
            'Move helpers out of the versions folder (into your package, imported from the migrations), or give the file its revision and down_revision.',
          )
        }
      }
    }
  },
}

export const alembicLocationNotFound: Rule = {
  id: 'alembic-location-not-found',
  severity: 'warning',
  summary: "An Alembic config's script_location names no folder of the repository, so its migrations were not checked.",
  check({ alembic }, report) {
    for (const environment of alembic) {
      const config = environment.config
      if (!config || environment.scriptFolder) continue
      const looked = config.looked.length > 0 ? ` (looked for ${[...new Set(config.looked)].join(', ')})` : ''
      report(
        config.file,
        config.line,
        `script_location = ${config.written} in [${config.section}] names no folder of the repository${looked}; ` +
          'the Alembic rules did not check these migrations, and alembic run with this config may stop with "Path doesn\'t exist" ' +
          '(unless the location is a package installed from elsewhere).',
        'Point script_location at the migrations folder, relative to this file (%(here)s/migrations) or as package:folder.',
      )
    }
  },
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
