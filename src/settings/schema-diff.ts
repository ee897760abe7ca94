// schema_diff: whether the step shows the branch's schema changes (job summary, pull request comment), and
// github_token, which the comment is written with.

import type { InputReader } from './input-reader.js'
import { SCHEMA_DIFF_SETTINGS, type SchemaDiffOptions } from './types.js'

export function parseSchemaDiff(read: InputReader): SchemaDiffOptions {
  return { setting: read.oneOf('schema_diff', SCHEMA_DIFF_SETTINGS), githubToken: read.get('github_token') }
}
