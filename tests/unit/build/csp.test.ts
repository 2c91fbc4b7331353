import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import viteConfig from '../../../vite.config';
import { CSP_DEV_META, CSP_HEADER, CSP_META, CSP_PLACEHOLDER, cspHeaderReportingTo } from '../../../build/csp';
import { ROUTE_PRELOAD_SCRIPT } from '../../../build/routePreload';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('the Content-Security-Policy has one source', () => {
  it('README.md documents exactly the header policy of build/csp.ts', () => {
    const documented = /^Content-Security-Policy: (.+)$/m.exec(read('README.md'))?.[1];
    expect(documented).toBe(CSP_HEADER);
  });

  it('index.html takes its meta tag from build/csp.ts, through the placeholder', () => {
    expect(read('index.html')).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_PLACEHOLDER}" />`);
  });

  it('vite preview (npm start) sends the header policy, with nothing added outside the e2e server', () => {
    expect(process.env.E2E_CSP_REPORT_URI).toBeUndefined();
    expect((viteConfig as { preview?: { headers?: Record<string, string> } }).preview?.headers?.['Content-Security-Policy']).toBe(CSP_HEADER);
  });

  it('the header is the meta policy plus frame-ancestors, and reporting only appends report-uri', () => {
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
    expect(cspHeaderReportingTo(undefined)).toBe(CSP_HEADER);
    expect(cspHeaderReportingTo('http://127.0.0.1:1/r')).toBe(`${CSP_HEADER}; report-uri http://127.0.0.1:1/r`);
  });

  it('forbids inline and eval scripts but the route preload (by its hash), and other origins; only dev relaxes styles', () => {
    const hash = createHash('sha256').update(ROUTE_PRELOAD_SCRIPT).digest('base64');
    expect(CSP_META).toContain(`script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}';`);
    expect(CSP_META).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
    expect(CSP_DEV_META).toBe(CSP_META.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
  });
});
