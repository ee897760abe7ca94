// Checks answers of the local Neon server against the OpenAPI description that ships in @neondatabase/api-client
// (a devDependency: never loaded by the action). The YAML is parsed once and kept as JSON in the temp dir, so each
// test file pays a JSON.parse, not a 1 s YAML parse.
import { createHash } from 'node:crypto'
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'

const SPEC_FILE = '@neondatabase/api-client/public-v2-for-users.gen.yaml'

interface Response {
  $ref?: string
  content?: Record<string, { schema?: unknown }>
}
interface Operation {
  responses?: Record<string, Response>
}
interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: unknown
}

let cached: Spec | undefined

/** The OpenAPI description as JSON, its `#/components/...` references made absolute (`neon#/components/...`). */
export function loadSpec(): Spec {
  if (cached) return cached
  const file = createRequire(import.meta.url).resolve(SPEC_FILE)
  const { size, mtimeMs } = statSync(file)
  const key = createHash('sha256').update(`${file}:${size}:${mtimeMs}`).digest('hex').slice(0, 16)
  const jsonFile = path.join(tmpdir(), `neon-openapi-${key}.json`)
  let text: string
  try {
    text = readFileSync(jsonFile, 'utf8')
  } catch {
    text = JSON.stringify(parse(readFileSync(file, 'utf8'))).replaceAll('"#/components/', '"neon#/components/')
    const partial = `${jsonFile}.${process.pid}`
    writeFileSync(partial, text)
    renameSync(partial, jsonFile)
  }
  cached = JSON.parse(text) as Spec
  return cached
}

export interface Answer {
  method: string
  /** The route's OpenAPI path; answers without one (unknown routes: 404) are checked against GeneralError. */
  route?: string
  path: string
  status: number
  body: unknown
}

let ajv: Ajv | undefined
const validators = new Map<string, ValidateFunction | null>()

function validatorFor(schema: unknown, key: string): ValidateFunction {
  if (!ajv) {
    const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv
    ajv = new Ajv({ strict: false, allErrors: true, logger: false })
    addFormats(ajv)
    ajv.addSchema({ $id: 'neon', components: loadSpec().components })
  }
  let validate = validators.get(key)
  if (!validate) {
    validate = ajv.compile(schema as object)
    validators.set(key, validate)
  }
  return validate
}

/** What is wrong with one answer, or undefined when it matches the description. */
export function violationOf(answer: Answer): string | undefined {
  const spec = loadSpec()
  const label = `${answer.method} ${answer.path} → ${answer.status}`
  const operation = answer.route ? spec.paths[answer.route]?.[answer.method.toLowerCase()] : undefined
  if (answer.route && !operation) return `${label}: ${answer.method} ${answer.route} is not in the OpenAPI description`
  const responses = operation?.responses ?? { default: { content: { 'application/json': { schema: generalError } } } }
  const response = resolve(spec, responses[String(answer.status)] ?? responses.default)
  if (!response) return `${label}: status ${answer.status} is not described for ${answer.method} ${answer.route}`
  const schema = response.content?.['application/json']?.schema
  if (!schema) return answer.body === undefined ? undefined : `${label}: the description says no body, one was sent`
  if (answer.body === undefined) return `${label}: no body, the description has one`
  const key = `${answer.method} ${answer.route ?? '-'} ${responses[String(answer.status)] ? answer.status : 'default'}`
  const validate = validatorFor(schema, key)
  if (validate(answer.body)) return undefined
  const errors = (validate.errors ?? [])
    .slice(0, 5)
    .map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`)
  return `${label}: ${errors.join('; ')}`
}

/** A response given as `{$ref: "neon#/components/responses/X"}` → that response. */
function resolve(spec: Spec, response: Response | undefined): Response | undefined {
  if (!response?.$ref) return response
  const names = response.$ref.replace(/^neon#\//, '').split('/')
  let target: unknown = spec
  for (const name of names) target = (target as Record<string, unknown> | undefined)?.[name]
  return resolve(spec, target as Response | undefined)
}

const generalError = { $ref: 'neon#/components/schemas/GeneralError' }

/** Collects violations; `assertNone()` throws listing them. */
export class ConformanceRecorder {
  readonly violations: string[] = []
  checked = 0

  readonly observe = (answer: Answer): void => {
    this.checked += 1
    const violation = violationOf(answer)
    if (violation && !this.violations.includes(violation)) this.violations.push(violation)
  }

  assertNone(): void {
    if (this.violations.length === 0) return
    throw new Error(
      `The local Neon server answered ${this.violations.length} time(s) outside Neon's OpenAPI description:\n` +
        this.violations.map((v) => `  - ${v}`).join('\n'),
    )
  }
}
