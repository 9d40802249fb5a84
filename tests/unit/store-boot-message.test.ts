import { describe, expect, it } from 'vitest';
import { bootFailureText } from '@/app/boot-failure';

const swError = new Error(
  "[MSW] Failed to register a Service Worker: Cannot read properties of undefined (reading 'register')",
);

describe('message when the embedded backend cannot start', () => {
  it('tells someone on a plain-http LAN address to use localhost or HTTPS, in both languages', () => {
    const text = bootFailureText(swError, {
      secureContext: false,
      serviceWorker: false,
      origin: 'http://192.168.1.20:4173',
    });
    expect(text.title).toMatch(/无法启动内置演示数据/);
    const [zh, en, details] = text.paragraphs;
    expect(zh).toMatch(/localhost 或 HTTPS/);
    expect(zh).toContain('http://192.168.1.20:4173');
    expect(en).toMatch(/needs a secure origin — http:\/\/localhost or HTTPS/);
    expect(en).toMatch(/VITE_API_BASE_URL/);
    expect(details).toContain('Failed to register a Service Worker');
  });

  it('blames the missing service workers, not the origin, on a secure page', () => {
    const text = bootFailureText(swError, {
      secureContext: true,
      serviceWorker: false,
      origin: 'https://relief.example.org',
    });
    expect(text.paragraphs.join('\n')).not.toMatch(/localhost/);
    expect(text.paragraphs[1]).toMatch(/no service workers/);
  });

  it('shows just the error when the origin and the browser are fine', () => {
    const text = bootFailureText('quota exceeded', {
      secureContext: true,
      serviceWorker: true,
      origin: 'http://localhost:4173',
    });
    expect(text.paragraphs).toEqual(['quota exceeded']);
  });
});
