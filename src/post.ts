// Entry of the action's post step (dist/post/index.js).

import { prestartNeonctlThread } from './neon/neonctl-thread.js'

// neonctl's thread starts while the rest of the action loads (hence the import() below)
prestartNeonctlThread()
const [{ runPost }, { createClient }] = await Promise.all([import('./run-post.js'), import('./neon/client-factory.js')])

await runPost({ createClient })
