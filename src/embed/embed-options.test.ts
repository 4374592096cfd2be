import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from './embed-options.ts';

describe('parseEmbedOptions', () => {
  it('accepts the allow-listed options', () => {
    expect(parseEmbedOptions('?theme=dark&accent=1D4E89&hideTitle=1&step=3')).toEqual({
      theme: 'dark',
      accent: '#1d4e89',
      hideTitle: true,
      step: 2,
    });
    expect(parseEmbedOptions('?accent=%23a4161a')).toMatchObject({ accent: '#a4161a' });
  });
  it('ignores anything else, hostile or huge', () => {
    for (const search of [
      '?theme=<script>alert(1)</script>',
      '?accent=red;background:url(javascript:alert(1))',
      '?accent=expression(alert(1))',
      `?theme=${'dark'.repeat(5000)}`,
      '?hideTitle=yes please',
      '?step=-1&step=1e9',
      '?%E0%A4%A=1',
    ]) {
      const options = parseEmbedOptions(search);
      expect(options.theme).toBe('light');
      expect(options.accent).toBeUndefined();
      expect(options.hideTitle).toBe(false);
      expect(JSON.stringify(options)).not.toMatch(/script|javascript|expression|url\(/);
    }
    expect(parseEmbedOptions('')).toEqual(DEFAULT_EMBED_OPTIONS);
  });
  it('reads 1-based step numbers through the address codec and rejects the rest', () => {
    expect(parseEmbedOptions('?step=1').step).toBe(0);
    expect(parseEmbedOptions('?step=0').step).toBe(0);
    expect(parseEmbedOptions('?step=99999')).not.toHaveProperty('step');
    expect(parseEmbedOptions('?step=2abc')).not.toHaveProperty('step');
    expect(parseEmbedOptions('?theme=dark')).not.toHaveProperty('step');
  });
});
