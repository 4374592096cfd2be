import { describe, expect, it } from 'vitest';
import { jsString } from './escape-js.ts';

describe('jsString', () => {
  const nasty = `It's "quoted" <b> & </script><script>alert(1)</script> <!-- \u2028 \\ end`;
  it('round-trips any text as a JavaScript string literal', () => {
    expect(new Function(`return ${jsString(nasty)};`)()).toBe(nasty);
  });
  it('can never close or open a tag inside an inline script', () => {
    expect(jsString(nasty)).not.toMatch(/[<>&\u2028\u2029]/);
    expect(jsString(nasty)).not.toContain('&#39;');
  });
});
