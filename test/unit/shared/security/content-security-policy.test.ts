import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/security/content-security-policy';

/** The policy as directive → sources, so each claim of docs/security.md is checked on its own. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `directive ${name} given twice`).toBe(false);
    map.set(name, sources);
  }
  return map;
}

describe('the Content-Security-Policy (app:// header and the built page)', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no inline script, no eval, no other origin', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|strict-dynamic|unsafe-hashes/);
  });

  it('loads nothing remote: no source anywhere names a scheme of the network, a host or a wildcard', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(`${name} ${source}`).toMatch(/ ('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('keeps inline code for styles only (Ant Design injects its CSS), never for scripts', () => {
    const inline = [...policy].filter(([, sources]) => sources.includes("'unsafe-inline'")).map(([name]) => name);
    expect(inline).toEqual(['style-src']);
  });

  it('forbids plugins, frames, forms and a changed base URL', () => {
    for (const name of ['object-src', 'frame-src', 'form-action', 'base-uri']) expect(policy.get(name), name).toEqual(["'none'"]);
  });
});
