/** The entry screens' URLs (the ledger links rows to the edit URLs). */
export const ACTIVITY_PATH = '/entry/activity';
export const FUND_PATH = '/entry/fund';
export const activityEditPath = (id: string) => `${ACTIVITY_PATH}/${encodeURIComponent(id)}`;
export const fundEditPath = (id: string) => `${FUND_PATH}/${encodeURIComponent(id)}`;
