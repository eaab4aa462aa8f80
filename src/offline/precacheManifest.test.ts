import { describe, expect, it } from 'vitest';
import { precacheable } from './precacheManifest';

describe('precacheable', () => {
  it('keeps code, styles and data but not maps or the service worker', () => {
    expect(
      precacheable(['assets/index-Ab1.js', 'assets/index-Ab1.js.map', 'assets/a-X.css', 'sw.js']),
    ).toEqual(['assets/index-Ab1.js', 'assets/a-X.css']);
  });

  it('keeps one format per font face, the best one it has', () => {
    expect(
      precacheable([
        'assets/KaTeX_Main-Regular-B22Nviop.woff2',
        'assets/KaTeX_Main-Regular-Dr94JaBh.woff',
        'assets/KaTeX_Main-Regular-ypZvNtVU.ttf',
        'assets/KaTeX_Size3-Regular-CTq5MqoE.woff',
        'assets/KaTeX_Size3-Regular-DgpXs0kz.ttf',
        'assets/KaTeX_Size4-Regular-BF-4gkZK.woff',
        'assets/KaTeX_Size4-Regular-Dl5lxZxV.woff2',
      ]),
    ).toEqual([
      'assets/KaTeX_Main-Regular-B22Nviop.woff2',
      'assets/KaTeX_Size3-Regular-CTq5MqoE.woff',
      'assets/KaTeX_Size4-Regular-Dl5lxZxV.woff2',
    ]);
  });
});
