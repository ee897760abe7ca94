// Entry of the action's post step (dist/post/index.js).

import { runPost } from './run-post.js'
import { createClient } from './neon/client-factory.js'

await runPost({ createClient })
