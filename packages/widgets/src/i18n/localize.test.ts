import { describe, expect, it } from 'vitest';
import { ENGLISH, formatDelay, loadCatalog, registerStrings, translate } from './localize.js';

describe('formatDelay', () => {
  it('rounds up to whole seconds, minutes or hours, so nobody retries too early', () => {
    expect(formatDelay('en', 0.2)).toBe('in 1 second');
    expect(formatDelay('en', 89)).toBe('in 89 seconds');
    expect(formatDelay('en', 90)).toBe('in 2 minutes');
    expect(formatDelay('en', 89 * 60 + 1)).toBe('in 90 minutes');
    expect(formatDelay('en', 24 * 3600 - 5)).toBe('in 24 hours');
  });

  it('counts in minutes at the least when asked, as rate limits are told', () => {
    expect(formatDelay('en', 1, { smallestUnit: 'minute' })).toBe('in 1 minute');
    expect(formatDelay('en', 61, { smallestUnit: 'minute' })).toBe('in 2 minutes');
    expect(formatDelay('en', 600, { smallestUnit: 'minute' })).toBe('in 10 minutes');
    expect(formatDelay('nl', 600, { smallestUnit: 'minute' })).toBe('over 10 minuten');
  });
});

describe('registerStrings', () => {
  it("shows the host's strings in their locale only, filling the same parameters", async () => {
    const dutch = await loadCatalog('nl');
    const german = await loadCatalog('de');
    const shippedGerman = translate(german, 'method.progress', { current: 1, total: 2 });
    registerStrings('nl', {
      'link.text': 'Wachtwoord kwijt?',
      'method.progress': 'Stap {current}/{total}',
    });
    expect(translate(dutch, 'link.text')).toBe('Wachtwoord kwijt?');
    expect(translate(dutch, 'method.progress', { current: 1, total: 2 })).toBe('Stap 1/2');
    expect(translate(dutch, 'dialog.label')).toBe(dutch['dialog.label']);
    expect(translate(german, 'method.progress', { current: 1, total: 2 })).toBe(shippedGerman);
    expect(translate(ENGLISH, 'link.text')).toBe(ENGLISH['link.text']);
    registerStrings('en', { 'link.text': 'Locked out?' });
    expect(translate(ENGLISH, 'link.text')).toBe('Locked out?');
    expect(translate(dutch, 'link.text')).toBe('Wachtwoord kwijt?');
  });

  it('refuses an unknown locale, key or placeholder, and empty texts, naming them', () => {
    expect(() => registerStrings('xx' as never, {})).toThrow(/locale xx/);
    expect(() => registerStrings('en', { 'link.txt': 'x' } as never)).toThrow(
      /unknown key link.txt/,
    );
    expect(() => registerStrings('en', { 'method.progress': '{step} of {total}' })).toThrow(
      /\{step\} is not a variable of method.progress/,
    );
    expect(() => registerStrings('en', { 'link.text': ' ' })).toThrow(/non-empty/);
  });
});
