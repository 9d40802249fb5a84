// @ts-check
/**
 * One place that finds the Chromium used by the end-to-end tests (playwright.config.ts via
 * tests/e2e/support/browser.ts) and by scripts/screenshots.mjs. We use the system (Debian) Chromium
 * rather than Playwright's downloaded browsers so nothing is fetched at test time.
 */
import { existsSync } from 'node:fs';

/** Tried in order after $CHROME_PATH. */
export const chromiumCandidates = Object.freeze([
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]);

/** Flags for a headless run on a small CI box with no network access. */
export const chromiumArgs = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

const HOW_TO_INSTALL =
  'Install it with `sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk` ' +
  '(Debian/Ubuntu), or set CHROME_PATH to a Chromium/Chrome executable.';

/**
 * Path of the Chromium executable: $CHROME_PATH if set, else the first of chromiumCandidates that
 * exists. Throws (never returns undefined) so a missing browser fails loudly instead of skipping.
 * @returns {string}
 */
export function resolveChromium() {
  const fromEnv = process.env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH is set to ${fromEnv}, but that file does not exist. ${HOW_TO_INSTALL}`,
    );
  }
  const found = chromiumCandidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    `No Chromium found (looked at CHROME_PATH and ${chromiumCandidates.join(', ')}). ${HOW_TO_INSTALL}`,
  );
}
