/** Types for demo-api.mjs (see there). */
import type { Page } from 'playwright-core';

export declare function demoApiAnswersPage(page: Page): Promise<void>;
export declare function generateDemoData(
  page: Page,
  dataset: { activities: number; sites: number; seed: number },
): Promise<void>;
