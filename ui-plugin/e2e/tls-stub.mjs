// A provider endpoint on https with a self-signed certificate made for this run (by the machine's openssl), so the
// Certificates tab can be tested against a real TLS handshake on the loopback. It answers every request with 404.
import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export async function startTlsStub(commonName) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'osn-e2e-tls-'));
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
    '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', `/CN=${commonName}`,
    // the name the URL uses, so that once trusted the handshake passes and the 404 answers
    '-addext', 'subjectAltName=IP:127.0.0.1']);
  const [key, cert] = await Promise.all([readFile(keyFile), readFile(certFile)]);
  const server = https.createServer({ key, cert }, (request, response) => {
    response.writeHead(404, { 'Content-Type': 'application/json' });
    response.end('{}');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    url: `https://127.0.0.1:${server.address().port}`,
    fingerprint: new X509Certificate(cert).fingerprint256,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => { server.close(resolve); });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
