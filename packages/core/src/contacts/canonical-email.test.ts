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
});
