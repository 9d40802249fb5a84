/**
 * What the page says when the embedded demo backend cannot start. It runs before React and i18n,
 * so it is plain text in both languages. The usual cause is the origin: the backend is a service
 * worker, which browsers allow only on https:// or on localhost.
 */
export interface BootEnvironment {
  /** window.isSecureContext */
  secureContext: boolean;
  /** 'serviceWorker' in navigator */
  serviceWorker: boolean;
  /** location.origin, to name the address that does not work. */
  origin: string;
}

export interface BootFailureText {
  title: string;
  /** Paragraphs, most useful first. */
  paragraphs: string[];
}

export function bootFailureText(error: unknown, env: BootEnvironment): BootFailureText {
  const paragraphs: string[] = [];
  if (!env.secureContext) {
    paragraphs.push(
      `内置演示数据需要在 localhost 或 HTTPS 下打开，当前地址 ${env.origin} 不安全，浏览器不允许运行。` +
        '请改用 http://localhost 或 https:// 地址访问，或配置 VITE_API_BASE_URL 连接真实服务器。',
      `The embedded demo backend needs a secure origin — http://localhost or HTTPS. ${env.origin} is ` +
        'not one, so the browser refuses to run it. Open the dashboard from localhost or over HTTPS, ' +
        'or build it with VITE_API_BASE_URL pointing at a real API server.',
    );
  } else if (!env.serviceWorker) {
    paragraphs.push(
      '此浏览器（或其隐私模式）不支持 Service Worker，内置演示数据无法运行。请换用普通窗口或其他浏览器。',
      'This browser (or its private mode) has no service workers, which the embedded demo backend ' +
        'needs. Use a normal window or another browser.',
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  if (message) paragraphs.push(`${paragraphs.length > 0 ? '技术细节 / Details: ' : ''}${message}`);
  return {
    title: '无法启动内置演示数据 / The embedded demo backend could not start',
    paragraphs,
  };
}
