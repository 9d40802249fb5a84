import { describe, expect, it } from 'vitest';
import { bootFailureText } from '@/app/boot-failure';

describe('message when the embedded backend cannot start', () => {
  it('says what to do in both languages, then the reason', () => {
    const text = bootFailureText(new Error('Demo backend worker: its script could not run'));
    expect(text.title).toMatch(/无法启动内置演示数据/);
    expect(text.title).toMatch(/could not start/);
    const [zh, en, details] = text.paragraphs;
    expect(zh).toMatch(/请刷新页面/);
    expect(zh).toMatch(/VITE_API_BASE_URL/);
    expect(en).toMatch(/^Reload the page/);
    expect(details).toBe('技术细节 / Details: Demo backend worker: its script could not run');
  });

  it('takes a reason that is not an Error, and leaves out an empty one', () => {
    expect(bootFailureText('quota exceeded').paragraphs.at(-1)).toBe(
      '技术细节 / Details: quota exceeded',
    );
    expect(bootFailureText('').paragraphs).toHaveLength(2);
  });
});
