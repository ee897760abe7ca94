// Neon's own GitHub Actions by major version: the inputs they take, the outputs they set, and whether the runner
// masks the password in them. Majors without solid evidence (create-branch v1-v3, delete-branch v1-v2) are left out:
// for them the doctor checks nothing it cannot know. Sources: each action's action.yml and source at tagged commits,
// release notes and Neon's docs (docs/doctor.md lists them).

export interface NeonActionVersion {
  inputs: string[]
  outputs: string[]
  /** Outputs that contain the branch password (alone or inside a URL). */
  secretOutputs: string[]
  /** Whether the action masks that password: yes (GitHub then drops job outputs holding it), no, or maybe. */
  masksPassword: 'yes' | 'no' | 'maybe'
  /** For the message: how the masking came about. */
  masking: string
}

export interface NeonAction {
  /** `create-branch` for neondatabase/create-branch-action. */
  name: string
  latest: number
  versions: Record<number, NeonActionVersion>
  /** Names that readers often use for another one: wrong name -> right name, with the majors the right one exists in. */
  replacements: Record<string, string>
}

const CREATE_V4_V5_OUTPUTS = ['db_url', 'db_url_with_pooler', 'host', 'host_with_pooler', 'branch_id', 'password']
const CREATE_V4_V5_INPUTS = [
  'project_id',
  'branch_name',
  'api_key',
  'api_host',
  'username',
  'database',
  'prisma',
  'parent',
  'suspend_timeout',
  'ssl',
]

export const NEON_ACTIONS: Record<string, NeonAction> = {
  'create-branch': {
    name: 'create-branch',
    latest: 6,
    versions: {
      4: {
        inputs: CREATE_V4_V5_INPUTS,
        outputs: CREATE_V4_V5_OUTPUTS,
        secretOutputs: ['db_url', 'db_url_with_pooler', 'password'],
        masksPassword: 'maybe',
        masking: 'create-branch-action v4 masks the password only from 4.4 on, and only for new branches',
      },
      5: {
        inputs: CREATE_V4_V5_INPUTS,
        outputs: CREATE_V4_V5_OUTPUTS,
        secretOutputs: ['db_url', 'db_url_with_pooler', 'password'],
        masksPassword: 'yes',
        masking: 'create-branch-action v5 masks the password, which is part of the URL',
      },
      6: {
        inputs: [
          'api_key',
          'api_host',
          'branch_name',
          'project_id',
          'parent_branch',
          'prisma',
          'database',
          'role',
          'branch_type',
          'ssl',
          'suspend_timeout',
          'expires_at',
          'masking_rules',
          'get_auth_url',
          'get_data_api_url',
        ],
        outputs: [
          'db_url',
          'db_url_pooled',
          'db_host',
          'db_host_pooled',
          'password',
          'branch_id',
          'created',
          'auth_url',
          'data_api_url',
        ],
        secretOutputs: ['db_url', 'db_url_pooled', 'password'],
        masksPassword: 'no',
        masking: 'create-branch-action v6 masks nothing',
      },
    },
    replacements: {
      // v6 renamed these (v5 name -> v6 name) ...
      db_url_with_pooler: 'db_url_pooled',
      host: 'db_host',
      host_with_pooler: 'db_host_pooled',
      username: 'role',
      parent: 'parent_branch',
      // ... and v4/v5 readers of v6 names need the old ones
      db_url_pooled: 'db_url_with_pooler',
      db_host: 'host',
      db_host_pooled: 'host_with_pooler',
      role: 'username',
      parent_branch: 'parent',
      // names from other tools
      branch: 'branch_name',
      parent_id: 'parent_branch',
      database_url: 'db_url',
    },
  },
  'delete-branch': {
    name: 'delete-branch',
    latest: 3,
    versions: {
      3: {
        inputs: ['project_id', 'branch', 'branch_id', 'api_key', 'api_host'],
        outputs: [],
        secretOutputs: [],
        masksPassword: 'no',
        masking: '',
      },
    },
    replacements: { branch_name: 'branch' },
  },
  'reset-branch': {
    name: 'reset-branch',
    latest: 1,
    versions: {
      1: {
        // api_host is not in any reset-branch-action.yml we have seen; accepted so that a newer v1 is not misjudged
        inputs: [
          'project_id',
          'branch',
          'api_key',
          'parent',
          'cs_role_name',
          'cs_database',
          'cs_prisma',
          'cs_ssl',
          'api_host',
        ],
        outputs: ['branch_id', 'db_url', 'db_url_with_pooler', 'host', 'host_with_pooler', 'password'],
        secretOutputs: ['db_url', 'db_url_with_pooler', 'password'],
        masksPassword: 'maybe',
        masking: 'whether reset-branch-action masks the password is not documented',
      },
    },
    replacements: { branch_name: 'branch', branch_id: 'branch', db_url_pooled: 'db_url_with_pooler' },
  },
  'schema-diff': {
    name: 'schema-diff',
    latest: 1,
    versions: {
      1: {
        inputs: [
          'github-token',
          'project_id',
          'compare_branch',
          'api_key',
          'base_branch',
          'api_host',
          'database',
          'username',
          'timestamp',
          'lsn',
        ],
        outputs: ['diff', 'comment_url'],
        secretOutputs: [],
        masksPassword: 'no',
        masking: '',
      },
    },
    replacements: { branch_name: 'compare_branch', branch: 'compare_branch', role: 'username' },
  },
}

/** Every output any known major of the action sets (for a step whose version cannot be told). */
export function anyVersionOutputs(action: NeonAction): Set<string> {
  return new Set(Object.values(action.versions).flatMap((version) => version.outputs))
}

export function anyVersionInputs(action: NeonAction): Set<string> {
  return new Set(Object.values(action.versions).flatMap((version) => version.inputs))
}

/** The majors of the action that have the name as an output (or input). */
export function majorsWith(action: NeonAction, name: string, kind: 'inputs' | 'outputs'): number[] {
  return Object.entries(action.versions)
    .filter(([, version]) => version[kind].includes(name))
    .map(([major]) => Number(major))
}
