// The one path by which the action prints: log lines, annotations, group titles, the migration's live output, the
// job summary, and the masks that hide secrets. ESLint (eslint.config.js) forbids printing anywhere else.
//
// Every line is redacted (known secrets become ***) and made inert (src/inert.ts): whatever a value holds, it
// cannot start a workflow command or a line of its own. A string is one line; pass an array for several lines.

import * as core from '@actions/core'
import { inertLine } from './inert.js'
import { redact, rememberSecrets } from './redact.js'
import { escapeHtml, type SafeHtml } from './html.js'

export type Lines = string | readonly string[]

function lines(text: Lines): string[] {
  return (typeof text === 'string' ? [text] : [...text]).map((line) => inertLine(redact(line)))
}

/** An annotation's title, and where in the repository it points (mode: lint's findings). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
}

/** The properties as the runner gets them, every text inert; undefined when there are none. */
function props(about?: string | AnnotationProperties): core.AnnotationProperties | undefined {
  const { title, file, startLine } = typeof about === 'string' ? { title: about } : (about ?? {})
  const inert: core.AnnotationProperties = {
    ...(title ? { title: lines(title)[0] } : {}),
    ...(file ? { file: lines(file)[0] } : {}),
    ...(startLine !== undefined ? { startLine } : {}),
  }
  return Object.keys(inert).length > 0 ? inert : undefined
}

type Annotate = (message: string, properties?: core.AnnotationProperties) => void

function annotate(kind: Annotate, text: Lines, about?: string | AnnotationProperties): void {
  const properties = props(about)
  if (properties) kind(lines(text).join('\n'), properties)
  else kind(lines(text).join('\n'))
}

export function info(text: Lines): void {
  for (const line of lines(text)) core.info(line)
}

export function debug(text: Lines): void {
  for (const line of lines(text)) core.debug(line)
}

// Annotations: the runner unescapes %0A in the message, so several lines stay one annotation. The second argument is
// the title, or the title and the place in the repository.
export function notice(text: Lines, about?: string | AnnotationProperties): void {
  annotate(core.notice, text, about)
}

export function warning(text: Lines, about?: string | AnnotationProperties): void {
  annotate(core.warning, text, about)
}

export function error(text: Lines, about?: string | AnnotationProperties): void {
  annotate(core.error, text, about)
}

/** An error annotation, and the step fails (exit code 1 unless set otherwise). */
export function fail(text: Lines): void {
  core.setFailed(lines(text).join('\n'))
}

/** Runs `work` inside a collapsible log group. */
export async function group<T>(title: string, work: () => Promise<T>): Promise<T> {
  core.startGroup(lines(title)[0])
  try {
    return await work()
  } finally {
    core.endGroup()
  }
}

/** One line of a command's output (the migration), as it arrives. */
export function outputLine(line: string): void {
  core.info(lines(line)[0])
}

/**
 * Registers secrets with the runner's masker (it hides them in every later log line of the job) and with the
 * redaction this module and the summary apply. Empty values are skipped (the runner rejects them).
 */
export function maskSecrets(values: Iterable<string>): void {
  const list = [...values].filter((value) => value.length > 0)
  rememberSecrets(list)
  for (const value of list) core.setSecret(value)
}

/** Appends markup to the job summary, redacted. Outside a runner (no GITHUB_STEP_SUMMARY) it is dropped. */
export async function appendSummary(...parts: SafeHtml[]): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(redact(parts.map((part) => part.html).join('\n')), true).write()
}

/** What a report laid out by @actions/core's summary builder may add: every value escaped, every part redacted. */
export interface SummarySection {
  heading(text: string, level?: number): void
  paragraph(html: SafeHtml): void
  table(header: readonly string[], rows: readonly (readonly SafeHtml[])[]): void
}

/** Writes a section laid out with headings and tables to the job summary (mode: lint's report). */
export async function writeSummarySection(build: (section: SummarySection) => void): Promise<void> {
  build({
    heading: (text, level = 2) => core.summary.addHeading(escapeHtml(text), level),
    paragraph: (html) => core.summary.addRaw(redact(html.html), true),
    table: (header, rows) =>
      core.summary.addTable([
        header.map((cell) => ({ data: escapeHtml(cell), header: true })),
        ...rows.map((row) => row.map((cell) => redact(cell.html))),
      ]),
  })
  await core.summary.write()
}
