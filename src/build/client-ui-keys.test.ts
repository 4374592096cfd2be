import { describe, expect, it } from 'vitest';
import { keysNotIn } from './client-ui-keys.ts';

describe('keysNotIn', () => {
  it('keeps a key a script reads by property, by string or by destructuring', () => {
    const scripts = [
      'const a=e.ui.share,b=t["closingRead"];',
      'const{stepMore:n}=ui;',
      "x({label:'embedPym'})",
    ];
    expect(
      keysNotIn(scripts, ['share', 'closingRead', 'stepMore', 'embedPym', 'travelIntro']),
    ).toEqual(['travelIntro']);
  });
  it('matches whole words only', () => {
    expect(keysNotIn(['e.ui.shareCopied'], ['share', 'shareCopied'])).toEqual(['share']);
  });
});
