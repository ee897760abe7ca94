// A throw-away certificate authority and a server certificate for 127.0.0.1/localhost, made with the openssl CLI.
// node-postgres treats sslmode=require as verify-full, so clients need the CA (NODE_EXTRA_CA_CERTS=caFile).
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

const openssl = (args: string[], cwd: string) => promisify(execFile)('openssl', args, { cwd })

export interface TlsFiles {
  caFile: string
  certFile: string
  keyFile: string
}

export async function createTlsFiles(dir: string): Promise<TlsFiles> {
  const files = {
    caFile: path.join(dir, 'ca.pem'),
    certFile: path.join(dir, 'server.crt'),
    keyFile: path.join(dir, 'server.key'),
  }
  const caKey = path.join(dir, 'ca.key')
  const csr = path.join(dir, 'server.csr')
  const ext = path.join(dir, 'server.ext')
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes']
  await openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      caKey,
      '-out',
      files.caFile,
      '-days',
      '30',
      '-subj',
      '/CN=local-neon test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  )
  await openssl(['req', ...ec, '-keyout', files.keyFile, '-out', csr, '-subj', '/CN=localhost'], dir)
  await writeFile(
    ext,
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n' +
      'extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1\n',
  )
  await openssl(
    [
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      files.caFile,
      '-CAkey',
      caKey,
      '-CAcreateserial',
      '-out',
      files.certFile,
      '-days',
      '30',
      '-extfile',
      ext,
    ],
    dir,
  )
  return files
}
