import { describe, expect, it } from 'vitest';
import { readableRuntime } from '../../../../renderer/src/platform/readable-runtime';

describe('readableRuntime', () => {
  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36', 'Chrome 141（Windows 10 或更新，x64）'],
    ['Mozilla/5.0 (X11; Linux aarch64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36', 'Chrome 138（Linux，ARM64）'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0', 'Edge 141（Windows 10 或更新，x64）'],
    ['something else', '未知浏览器'],
  ])('reads %s', (userAgent, readable) => {
    expect(readableRuntime(userAgent)).toBe(readable);
  });
});
