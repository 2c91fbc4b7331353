import { createServer, type Server } from 'node:http';

/**
 * A loopback collector of Content-Security-Policy reports. The end-to-end server's
 * policy header carries `report-uri` pointing here, so a violation anywhere (the
 * page before or after a reload, a dedicated worker, the service worker) is posted
 * by Chromium itself and kept here, where the test fixture reads it.
 *
 * Its port is fixed from E2E_PORT (the web server's header must name it before
 * global setup runs): E2E_CSP_PORT, or E2E_PORT + 20000.
 */
export const CSP_COLLECTOR_PORT = Number(process.env.E2E_CSP_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 20_000);
const ORIGIN = `http://127.0.0.1:${CSP_COLLECTOR_PORT}`;

/** Where the servers under test tell the browser to report violations. */
export const CSP_REPORT_URI = `${ORIGIN}/report`;

/** One violation, as Chromium's `report-uri` body (`csp-report`) names it. */
export interface CspReport {
  'document-uri'?: string;
  'effective-directive'?: string;
  'violated-directive'?: string;
  'blocked-uri'?: string;
  'source-file'?: string;
  'line-number'?: number;
}

/** Tests that violate the policy on purpose mark it with this word (a host, a query): the guard leaves those to them. */
export const CSP_CANARY = 'csp-canary';

/** Starts the collector; resolves with a function that stops it. */
export async function startCspCollector(): Promise<() => Promise<void>> {
  const reports: CspReport[] = [];
  let pending = 0;
  const server: Server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/report') {
      pending++;
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { 'csp-report'?: CspReport };
          reports.push(body['csp-report'] ?? { 'violated-directive': `unreadable report: ${Buffer.concat(chunks).toString('utf8').slice(0, 200)}` });
        } catch {
          reports.push({ 'violated-directive': 'unparseable report body' });
        }
        pending--;
        response.writeHead(204).end();
      });
      return;
    }
    if (request.method === 'GET' && request.url === '/reports') {
      // Answer once every report whose upload has started is complete.
      const answer = () => {
        if (pending > 0) return void setTimeout(answer, 5);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(reports));
      };
      answer();
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(CSP_COLLECTOR_PORT, '127.0.0.1', resolve);
  });
  return () => new Promise((resolve) => server.close(() => resolve()));
}

/** Every report received so far, oldest first (tests remember a count and read what came after). */
export async function readCspReports(): Promise<CspReport[]> {
  const response = await fetch(`${ORIGIN}/reports`);
  if (!response.ok) throw new Error(`CSP collector answered ${response.status}`);
  return (await response.json()) as CspReport[];
}

/** A report as one line: directive, what was blocked, where. */
export function describeReport(report: CspReport): string {
  return `${report['effective-directive'] ?? report['violated-directive']} blocked ${report['blocked-uri']} in ${report['document-uri']}`;
}

/** True for the violations a test makes on purpose. */
export const isCanary = (text: string) => text.includes(CSP_CANARY);
