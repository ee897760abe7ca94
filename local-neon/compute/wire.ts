// Just enough of PostgreSQL's wire protocol (v3) for the pooler's front: framing of the start-up packets and typed
// messages, and the backend messages that authentication needs.
import type { Duplex } from 'node:stream'

export const SSL_REQUEST = 80877103
export const GSSENC_REQUEST = 80877104
export const CANCEL_REQUEST = 80877102
export const PROTOCOL_3 = 196608

/** Reads whole messages from a stream; `release()` hands back what was read beyond them. */
export class MessageReader {
  private buffer = Buffer.alloc(0)
  private wake: (() => void) | undefined
  private ended = false
  private readonly onData = (chunk: Buffer) => {
    this.buffer = Buffer.concat([this.buffer, chunk])
    this.wake?.()
  }
  private readonly onEnd = () => {
    this.ended = true
    this.wake?.()
  }

  constructor(private readonly stream: Duplex) {
    stream.on('data', this.onData)
    stream.once('close', this.onEnd)
    stream.once('end', this.onEnd)
  }

  /** A start-up packet (SSLRequest, StartupMessage, CancelRequest): int32 length, then the rest. */
  async startup(): Promise<Buffer> {
    await this.need(4)
    const length = this.buffer.readInt32BE(0)
    if (length < 8 || length > 10_000) throw new Error('invalid start-up packet length')
    return (await this.take(length)).subarray(4)
  }

  /** A typed message: one type byte, int32 length, body. */
  async message(): Promise<{ type: string; body: Buffer }> {
    await this.need(5)
    const length = this.buffer.readInt32BE(1)
    if (length < 4 || length > 1_000_000) throw new Error('invalid message length')
    const whole = await this.take(length + 1)
    return { type: String.fromCharCode(whole[0]), body: whole.subarray(5) }
  }

  /** Stops reading; returns the bytes read but not consumed. */
  release(): Buffer {
    this.stream.off('data', this.onData)
    this.stream.pause()
    const rest = this.buffer
    this.buffer = Buffer.alloc(0)
    return rest
  }

  private async need(bytes: number): Promise<void> {
    while (this.buffer.length < bytes) {
      if (this.ended) throw new Error('connection closed')
      await new Promise<void>((resolve) => (this.wake = resolve))
      this.wake = undefined
    }
  }

  private async take(bytes: number): Promise<Buffer> {
    await this.need(bytes)
    const taken = this.buffer.subarray(0, bytes)
    this.buffer = this.buffer.subarray(bytes)
    return taken
  }
}

/** key → value of a StartupMessage body (after the length). */
export function startupParameters(body: Buffer): Map<string, string> {
  const parameters = new Map<string, string>()
  const fields = body.subarray(4).toString('utf8').split('\0')
  for (let i = 0; i + 1 < fields.length && fields[i] !== ''; i += 2) parameters.set(fields[i], fields[i + 1])
  return parameters
}

export function startupMessage(parameters: Map<string, string>): Buffer {
  const fields = [...parameters].flatMap(([key, value]) => [key, value])
  const text = Buffer.from(`${fields.join('\0')}\0\0`)
  const packet = Buffer.alloc(8 + text.length)
  packet.writeInt32BE(packet.length, 0)
  packet.writeInt32BE(PROTOCOL_3, 4)
  text.copy(packet, 8)
  return packet
}

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5)
  header.write(type, 0)
  header.writeInt32BE(body.length + 4, 1)
  return Buffer.concat([header, body])
}

function authentication(code: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(4)
  head.writeInt32BE(code, 0)
  return message('R', Buffer.concat([head, data]))
}

export const authenticationSasl = (mechanisms: string[]) =>
  authentication(10, Buffer.from(`${mechanisms.join('\0')}\0\0`))
export const authenticationSaslContinue = (data: string) => authentication(11, Buffer.from(data))
export const authenticationSaslFinal = (data: string) => authentication(12, Buffer.from(data))

/** A FATAL ErrorResponse. */
export function fatal(code: string, text: string): Buffer {
  const fields = [`SFATAL`, `VFATAL`, `C${code}`, `M${text}`].map((f) => `${f}\0`).join('')
  return message('E', Buffer.from(`${fields}\0`))
}

/** SASLInitialResponse body: mechanism, then the client-first-message. */
export function saslInitialResponse(body: Buffer): { mechanism: string; data: string } {
  const end = body.indexOf(0)
  const mechanism = body.subarray(0, end).toString('utf8')
  const length = body.readInt32BE(end + 1)
  return { mechanism, data: body.subarray(end + 5, end + 5 + Math.max(0, length)).toString('utf8') }
}
