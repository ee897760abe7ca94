// Neon-looking identifiers. neonctl treats `br-<word>-<word>-<word>` (lowercase alphanumerics) as a branch id.
import { randomBytes, randomInt, randomUUID } from 'node:crypto'

const ADJECTIVES = [
  'aged', 'ancient', 'autumn', 'billowing', 'bitter', 'black', 'blue', 'bold', 'broad', 'broken', 'calm', 'cold',
  'cool', 'crimson', 'curly', 'damp', 'dark', 'dawn', 'delicate', 'divine', 'dry', 'empty', 'falling', 'fancy',
  'flat', 'floral', 'fragrant', 'frosty', 'gentle', 'green', 'hidden', 'holy', 'icy', 'jolly', 'late', 'lingering',
  'little', 'lively', 'long', 'lucky', 'misty', 'morning', 'muddy', 'mute', 'nameless', 'noisy', 'odd', 'old',
  'orange', 'patient', 'plain', 'polished', 'proud', 'purple', 'quiet', 'rapid', 'raspy', 'red', 'restless', 'rough',
  'round', 'royal', 'shiny', 'shrill', 'shy', 'silent', 'small', 'snowy', 'soft', 'solitary', 'sparkling', 'spring',
  'square', 'steep', 'still', 'summer', 'super', 'sweet', 'throbbing', 'tight', 'tiny', 'twilight', 'wandering',
  'weathered', 'white', 'wild', 'winter', 'wispy', 'withered', 'yellow', 'young',
]
const NOUNS = [
  'art', 'band', 'bar', 'base', 'bird', 'block', 'boat', 'bonus', 'bread', 'breeze', 'brook', 'bush', 'butterfly',
  'cake', 'cell', 'cherry', 'cloud', 'credit', 'darkness', 'dawn', 'dew', 'disk', 'dream', 'dust', 'feather', 'field',
  'fire', 'firefly', 'flower', 'fog', 'forest', 'frog', 'frost', 'glade', 'glitter', 'grass', 'hall', 'hat', 'haze',
  'heart', 'hill', 'king', 'lab', 'lake', 'leaf', 'limit', 'math', 'meadow', 'mode', 'moon', 'morning', 'mountain',
  'mouse', 'mud', 'night', 'paper', 'pine', 'poetry', 'pond', 'queen', 'rain', 'recipe', 'resonance', 'rice', 'river',
  'salad', 'scene', 'sea', 'shadow', 'shape', 'silence', 'sky', 'smoke', 'snow', 'snowflake', 'sound', 'star', 'sun',
  'sunset', 'surf', 'term', 'thunder', 'tooth', 'tree', 'truth', 'union', 'unit', 'violet', 'voice', 'water',
  'waterfall', 'wave', 'wildflower', 'wind', 'wood',
]
const ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789'

const pick = (words: string[]) => words[randomInt(words.length)]
const alnum = (length: number) => Array.from({ length }, () => ALNUM[randomInt(ALNUM.length)]).join('')

/** `br-wispy-meadow-a1b2c3d4` */
export const newBranchId = () => `br-${pick(ADJECTIVES)}-${pick(NOUNS)}-${alnum(8)}`
/** `ep-silent-smoke-a1b2c3d4` */
export const newEndpointId = () => `ep-${pick(ADJECTIVES)}-${pick(NOUNS)}-${alnum(8)}`
/** `late-breeze-12345678` */
export const newProjectId = () => `${pick(ADJECTIVES)}-${pick(NOUNS)}-${randomInt(10_000_000, 100_000_000)}`
export const newOperationId = () => randomUUID()
export const newRequestId = () => randomUUID()
/** Neon's generated role passwords look like `npg_` + 12 alphanumerics. */
export const newRolePassword = () => `npg_${Array.from(randomBytes(12), (b) => ALNUM[b % ALNUM.length]).join('').replace(/^[0-9]/, 'x')}`
export const newApiKey = () => `local_${randomBytes(24).toString('base64url')}`
