import { describe, expect, it } from 'vitest';
import { isAllowedImage, isAllowedLink } from '../../../src/content/urlPolicy';

// The same policy runs at build time (on marked's raw href) and in the sanitizer (on the
// DOM's decoded attribute), so it is judged on the literal string: anything that only
// becomes an allowed scheme after decoding is refused.
describe('isAllowedLink', () => {
  it.each([
    'https://example.org',
    'http://example.org/a?b=c#d',
    'HTTPS://EXAMPLE.ORG',
    'mailto:team@example.org',
    '#/lesson/roles/gap',
  ])('allows %s', (href) => {
    expect(isAllowedLink(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '&#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/x',
    'https:evil.example',
    '#section',
    'lesson/roles',
    '',
  ])('refuses %j', (href) => {
    expect(isAllowedLink(href)).toBe(false);
  });
});

describe('isAllowedImage', () => {
  it.each(['/images/chart.svg', 'figures/a-1.png', './a.webp', '../img/b.JPG'])('allows the file on this site %s', (src) => {
    expect(isAllowedImage(src)).toBe(true);
  });

  it.each([
    'https://evil.example/x.png',
    '//evil.example/x.png',
    'data:image/png;base64,AAAA',
    'javascript:alert(1)//.png',
    'x',
    '/images/.hidden.png',
    '/images/chart.svg?x=1',
  ])('refuses %j', (src) => {
    expect(isAllowedImage(src)).toBe(false);
  });
});
