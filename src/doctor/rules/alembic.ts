import path from 'node:path'
import type { Rule } from './rule.js'

/** alembic_version.version_num is varchar(32). */
const COLUMN_WIDTH = 32
const SAFE_WIDTH = 28

export const alembicRevisionLength: Rule = {
  id: 'alembic-revision-length',
  severity: 'error',
  summary: `An Alembic revision id longer than ${COLUMN_WIDTH} characters (error) or ${SAFE_WIDTH} (warning).`,
  check({ alembic }, report) {
    for (const { revisions } of alembic) {
      for (const revision of revisions) {
        const length = revision.id.length
        if (length <= SAFE_WIDTH) continue
        const tooLong = length > COLUMN_WIDTH
        report(
          revision.file,
          revision.line,
          tooLong
            ? `Revision id "${revision.id}" is ${length} characters; alembic_version.version_num is varchar(${COLUMN_WIDTH}), so upgrade fails when it records this revision.`
            : `Revision id "${revision.id}" is ${length} characters, close to the varchar(${COLUMN_WIDTH}) of alembic_version.version_num.`,
          `Shorten it to ${SAFE_WIDTH} characters or fewer (alembic's own ids are 12 hex digits), and update the down_revision that names it.`,
          tooLong ? 'error' : 'warning',
        )
      }
    }
  },
}

export const alembicMultipleHeads: Rule = {
  id: 'alembic-multiple-heads',
  severity: 'error',
  summary: 'The Alembic history has more than one head, so `alembic upgrade head` refuses to run.',
  check({ alembic }, report) {
    for (const { folder, revisions } of alembic) {
      if (revisions.some((revision) => revision.hasBranchLabels)) continue // labelled branches are deliberate
      const parents = new Set(revisions.flatMap((revision) => revision.downRevisions.map((down) => down.id)))
      const heads = revisions.filter((revision) => !parents.has(revision.id))
      if (heads.length < 2) continue
      const [first, ...rest] = heads
      report(
        first.file,
        first.line,
        `${folder} has ${heads.length} heads: ${heads.map((head) => `${head.id} (${head.file})`).join(', ')}; ` +
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
  summary: 'An Alembic down_revision names a revision that does not exist.',
  check({ alembic }, report) {
    for (const { folder, revisions } of alembic) {
      const ids = new Set(revisions.map((revision) => revision.id))
      for (const revision of revisions) {
        for (const down of revision.downRevisions.filter((candidate) => !ids.has(candidate.id))) {
          report(
            revision.file,
            down.line,
            `Revision ${revision.id} has down_revision "${down.id}", which no revision in ${folder} declares; alembic stops with "Can't locate revision".`,
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
    for (const { folder, strays } of alembic) {
      for (const file of strays) {
        report(
          file,
          1,
          `${path.posix.basename(file)} sits in ${folder} but declares no revision; alembic loads every .py file there and stops with "Could not determine revision id from filename".`,
          'Move helpers out of the versions folder (into your package, imported from the migrations), or give the file its revision and down_revision.',
        )
      }
    }
  },
}
