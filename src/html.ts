// Job summaries are Markdown with raw HTML. Everything the action writes there is an HTML block (it starts with a
// block-level tag such as <h3>, <p>, <table>, <pre> or <details>), inside which Markdown is not parsed until a blank
// line. So a value must not hold a line break (it could end the block) nor HTML, and the Markdown characters that
// make links, images, emphasis, code or tables are escaped too, in case text ever lands outside such a block.

import { inert } from './inert.js'
import { redact } from './redact.js'

const SIGNIFICANT = /[&<>"'[\]`*_~$\\|]/g
const NAMED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }
const escapeCharacter = (c: string) => NAMED[c] ?? `&#${c.charCodeAt(0)};`

/** One value as summary text: redacted, on one line (control characters shown escaped), with no markup of its own. */
export function escapeHtml(text: string): string {
  return inert(redact(text)).replace(SIGNIFICANT, escapeCharacter)
}

/** Lines for a <pre> block: each line escaped on its own, kept on separate lines. */
export function escapeHtmlLines(lines: readonly string[]): string {
  return lines.map(escapeHtml).join('\n')
}

/** Markup that may go into a summary as it is: built by `summaryHtml` (values escaped) or from the source's text. */
export class SafeHtml {
  private constructor(readonly html: string) {}

  /** Markup written in this repository's source, or escaped already (never a value from outside as it is). */
  static trusted(markup: string): SafeHtml {
    return new SafeHtml(markup)
  }
}

const MAX_VALUE_CHARS = 1000

type Interpolated = SafeHtml | readonly SafeHtml[] | string | number | undefined

/** A template tag: the literal parts are markup, every interpolated value is escaped (SafeHtml goes in as it is). */
export function summaryHtml(strings: TemplateStringsArray, ...values: Interpolated[]): SafeHtml {
  let out = strings[0]
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]
  })
  return SafeHtml.trusted(out)
}

function render(value: Interpolated): string {
  if (value instanceof SafeHtml) return value.html
  if (Array.isArray(value)) return value.map((v: SafeHtml) => v.html).join('')
  if (value === undefined) return ''
  // a value from outside can be any length: one value never fills the summary (1 MiB in all); cut after redacting
  const text = redact(String(value))
  return escapeHtml(text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)}…` : text)
}

/** A table with a header row. */
export function htmlTable(header: readonly string[], rows: readonly (readonly SafeHtml[])[]): SafeHtml {
  const head = summaryHtml`<tr>${header.map((h) => summaryHtml`<th>${h}</th>`)}</tr>`
  const body = rows.map((row) => summaryHtml`<tr>${row.map((cell) => summaryHtml`<td>${cell}</td>`)}</tr>`)
  return summaryHtml`<table>${head}${body}</table>`
}
