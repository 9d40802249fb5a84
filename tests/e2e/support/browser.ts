/**
 * The system Chromium used by the end-to-end tests. The one implementation lives in
 * scripts/lib/chromium.mjs so scripts/screenshots.mjs finds the same browser.
 */
export {
  chromiumArgs,
  chromiumCandidates,
  resolveChromium,
} from '../../../scripts/lib/chromium.mjs';
