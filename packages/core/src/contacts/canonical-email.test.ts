import { describe, expect, it } from 'vitest';
import { canonicalEmail } from './canonical-email.js';

describe('canonicalEmail', () => {
  it('folds dots and +tags at Gmail, and googlemail.com into gmail.com', () => {
    expect(canonicalEmail(' A.Da+work@GoogleMail.com ')).toBe('ada@gmail.com');
  });

  it('drops only +tags at providers that ignore them but keep dots', () => {
    expect(canonicalEmail('a.da+work@outlook.com')).toBe('a.da@outlook.com');
    expect(canonicalEmail('ada+x@proton.me')).toBe('ada@proton.me');
  });

  it('folds nothing but case elsewhere, where + and . may name another mailbox', () => {
    expect(canonicalEmail('A.Da+y@Corp.Example')).toBe('a.da+y@corp.example');
  });

  it('drops +tags at every provider on its list, and folds dots only at Gmail', () => {
    const providers = [
      'gmail.com',
      'googlemail.com',
      'outlook.com',
      'hotmail.com',
      'live.com',
      'msn.com',
      'icloud.com',
      'me.com',
      'mac.com',
      'fastmail.com',
      'proton.me',
      'protonmail.com',
      'pm.me',
    ];
    for (const domain of providers) {
      const gmail = domain === 'gmail.com' || domain === 'googlemail.com';
      expect(canonicalEmail(`a.da+tag@${domain}`), domain).toBe(
        gmail ? 'ada@gmail.com' : `a.da@${domain}`,
      );
    }
  });

  it('applies NFKC and trims before splitting', () => {
    expect(canonicalEmail('\tＡda+x@ＧＭＡＩＬ.com\n')).toBe('ada@gmail.com');
  });

  it('returns the lower-cased input when there is no local part before an @', () => {
    expect(canonicalEmail('A.Da+x')).toBe('a.da+x');
    expect(canonicalEmail('@Gmail.com')).toBe('@gmail.com');
  });

  it('splits at the last @ and keeps a local part that starts with +', () => {
    expect(canonicalEmail('"a@b"+x@gmail.com')).toBe('"a@b"@gmail.com');
    expect(canonicalEmail('+x@outlook.com')).toBe('@outlook.com');
  });
});
