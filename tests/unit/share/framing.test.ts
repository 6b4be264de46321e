import { describe, expect, it } from 'vitest';
import { embedCsp, embedFrameAncestors, validOrigins } from '@/lib/share/framing';

describe('embed framing policy', () => {
  it.each([
    [[], '*'],
    [['https://wiki.example.com'], 'https://wiki.example.com'],
    [['https://wiki.example.com/', 'http://localhost:8080'], 'https://wiki.example.com http://localhost:8080'],
    [['https://*.example.com'], 'https://*.example.com'],
    // Junk cannot widen or break the header: a path, a quote-injection, a bare keyword.
    [['https://a.example/path', "'unsafe-inline'", 'https://b.example; script-src *', 'data:'], '*'],
  ])('%o → frame-ancestors %s', (origins, want) => {
    expect(embedFrameAncestors(origins)).toBe(want);
  });

  it('drops invalid entries but keeps valid ones', () => {
    expect(validOrigins(['nope', 'https://ok.example'])).toEqual(['https://ok.example']);
  });

  it('forbids scripts and every external load in embeds', () => {
    const csp = embedCsp(['https://wiki.example.com']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/script-src/);
    expect(csp).toMatch(/frame-ancestors https:\/\/wiki\.example\.com$/);
  });
});
