/**
 * What the page says when the embedded demo backend cannot start: its worker failed to load, or
 * to open the store. It runs before React and i18n, so it is plain text in both languages.
 * (Plain-http addresses and browsers without service workers are not a cause: the app reaches
 * the backend without one.)
 */
export interface BootFailureText {
  title: string;
  /** Paragraphs, most useful first. */
  paragraphs: string[];
}

export function bootFailureText(error: unknown): BootFailureText {
  const message = error instanceof Error ? error.message : String(error);
  return {
    title: '无法启动内置演示数据 / The embedded demo backend could not start',
    paragraphs: [
      '请刷新页面。如仍然失败，请换用最新版的 Chrome、Edge 或 Firefox，或配置 VITE_API_BASE_URL 连接真实服务器。',
      'Reload the page. If it still fails, use a current Chrome, Edge or Firefox, or build the ' +
        'dashboard with VITE_API_BASE_URL pointing at a real API server.',
      ...(message ? [`技术细节 / Details: ${message}`] : []),
    ],
  };
}
