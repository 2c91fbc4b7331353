/**
 * The Content-Security-Policy of ML That Works: one source of truth for the meta
 * tag written into index.html, the header `vite preview` (and so `npm start`)
 * sends, the policy README.md documents, and the tests that check all three.
 */
import { createHash } from 'node:crypto';
import { ROUTE_PRELOAD_SCRIPT } from './routePreload.ts';

/** The one inline script index.html carries (the route preload), allowed by its hash alone. */
export const ROUTE_PRELOAD_HASH = `'sha256-${createHash('sha256').update(ROUTE_PRELOAD_SCRIPT).digest('base64')}'`;

/** Directives in the order they are written. `frame-ancestors` only works in a header. */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'none'"],
  // 'wasm-unsafe-eval': TensorFlow.js's WebAssembly backend compiles its .wasm files.
  ['script-src', `'self' 'wasm-unsafe-eval' ${ROUTE_PRELOAD_HASH}`],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['object-src', "'none'"],
];

const join = (list: readonly (readonly [string, string])[]) => list.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy of the `<meta http-equiv="Content-Security-Policy">` tag in the built index.html. */
export const CSP_META = join(DIRECTIVES);

/** The same policy as an HTTP header, plus what only a header can say (no framing by other sites). */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;

/**
 * Vite's dev server injects component CSS as inline <style>, which the policy
 * forbids; `npm run dev` relaxes style-src, the build never does.
 */
export const CSP_DEV_META = CSP_META.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * The header policy with a `report-uri`, for servers that collect violations
 * (the end-to-end tests do; see tests/e2e/support/cspCollector.ts).
 */
export function cspHeaderReportingTo(reportUri: string | undefined): string {
  return reportUri ? `${CSP_HEADER}; report-uri ${reportUri}` : CSP_HEADER;
}

/** Placeholder in index.html that the build replaces with the policy. */
export const CSP_PLACEHOLDER = '__CONTENT_SECURITY_POLICY__';
