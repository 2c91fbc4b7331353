import { startCspCollector } from './cspCollector';

/** Starts the CSP report collector for the whole run; Playwright calls the returned function at the end. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return startCspCollector();
}
