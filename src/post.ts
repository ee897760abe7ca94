// Entry of the action's post step (dist/post/index.js).

import { runPost } from './actionPost.js'
import { createClient } from './neonClientFactory.js'

await runPost({ createClient })
