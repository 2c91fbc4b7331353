// A self-signed certificate for the room server's LAN addresses, made locally with
// openssl into a git-ignored folder (.room-cert/) and remade when the addresses change.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DAYS = 30;

/** The certificate and key for `hosts` (IP addresses or names), made once per set of hosts. */
export function roomCertificate(dir, hosts) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  const names = path.join(dir, 'hosts.txt');
  const wanted = [...new Set(['localhost', '127.0.0.1', ...hosts])].sort().join('\n');
  if (!existsSync(key) || !existsSync(cert) || !existsSync(names) || readFileSync(names, 'utf8') !== wanted) {
    const san = wanted
      .split('\n')
      .map((h) => (/^[\d.]+$/.test(h) ? `IP:${h}` : `DNS:${h}`))
      .join(',');
    const openssl = process.env.OPENSSL ?? (existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : 'openssl');
    execFileSync(
      openssl,
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', String(DAYS), '-keyout', key, '-out', cert, '-subj', '/CN=ML That Works room server', '-addext', `subjectAltName=${san}`],
      { stdio: 'pipe' },
    );
    writeFileSync(names, wanted);
  }
  return { key: readFileSync(key), cert: readFileSync(cert), certPath: cert };
}

/** SHA-256 fingerprint of a PEM certificate, for the presenter to compare with what browsers show. */
export function fingerprint(certPath) {
  const openssl = process.env.OPENSSL ?? (existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : 'openssl');
  return execFileSync(openssl, ['x509', '-in', certPath, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' }).trim().replace(/^.*=/, '');
}
