import { describe, expect, it } from 'vitest';
import { addressBlock } from './address-block.js';

describe('addressBlock', () => {
  it('keeps an IPv4 address whole', () => {
    expect(addressBlock(' 203.0.113.7 ')).toBe('203.0.113.7');
  });

  it('gives every address of one IPv6 /64 the same key, however it is written', () => {
    const keys = new Set(
      [
        '2001:db8:abcd:12::1',
        '2001:DB8:ABCD:12:ffff:ffff:ffff:ffff',
        '2001:0db8:abcd:0012:0:0:0:9',
        '2001:db8:abcd:12:1:2:3:4%eth0',
      ].map(addressBlock),
    );
    expect([...keys]).toEqual(['2001:db8:abcd:12::/64']);
  });

  it('separates neighbouring /64 blocks', () => {
    expect(addressBlock('2001:db8:abcd:12::1')).not.toBe(addressBlock('2001:db8:abcd:13::1'));
  });

  it('reads IPv4-mapped IPv6 as the IPv4 address', () => {
    expect(addressBlock('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressBlock('::ffff:cb00:7107')).toBe('203.0.113.7');
  });

  it('expands :: at either end', () => {
    expect(addressBlock('::1')).toBe('0:0:0:0::/64');
    expect(addressBlock('fe80::')).toBe('fe80:0:0:0::/64');
  });

  it('returns anything that is not an IPv6 address as it came, lower-cased', () => {
    expect(addressBlock('1:2:3')).toBe('1:2:3');
    expect(addressBlock('1::2::3')).toBe('1::2::3');
  });

  it('reads an address as IPv4-mapped only when its first 80 bits are zero', () => {
    expect(addressBlock('2001:db8::ffff:102:304')).toBe('2001:db8:0:0::/64');
    expect(addressBlock('0:0:0:0:1:ffff:102:304')).toBe('0:0:0:0::/64');
    expect(addressBlock('::ffff:1.2.3.255')).toBe('1.2.3.255');
    expect(addressBlock('::ffff:0.0.0.0')).toBe('0.0.0.0');
  });

  it('lets :: stand for one or more zero groups, never for none', () => {
    expect(addressBlock('1:2:3:4:5:6::7')).toBe('1:2:3:4::/64');
    expect(addressBlock('1:2:3:4:5:6:7:8')).toBe('1:2:3:4::/64');
    expect(addressBlock('1:2:3:4:5:6:7:8::')).toBe('1:2:3:4:5:6:7:8::');
    expect(addressBlock('::1:2:3:4:5:6:7:8')).toBe('::1:2:3:4:5:6:7:8');
    expect(addressBlock('1:2:3:4:5:6:7')).toBe('1:2:3:4:5:6:7');
    expect(addressBlock('1:2:3:4:5:6:7:8:9')).toBe('1:2:3:4:5:6:7:8:9');
  });

  it('returns malformed groups and dotted tails as they came, not as a block', () => {
    const malformed = [
      '1:2:3:4::5:6:7:8::9', // two ::
      '1:2:3:4:5:6:7:8::1::2', // two ::, eight groups before them
      '2001:db8:abcd:12345::1', // a group of five digits
      '2001:db8:zz::1', // not hex
      'zz::1',
      '1::zz',
      '1:2:3:4:5:1.2.3.4:6', // a dotted quad only at the end
      '::ffff:1.2.3',
      '::ffff:1.2.3.4.5',
      '::ffff:1.2.3.256',
      '::ffff:1.2.3.-1',
      '::ffff:1.2.3.x',
    ];
    expect(malformed.map(addressBlock)).toEqual(malformed);
  });

  it('reads a dotted IPv4 tail only as four decimal octets', () => {
    for (const address of [
      '::ffff:1..3.4',
      '::ffff:0x10.0.0.1',
      '::ffff:1.2.3.256',
      '::ffff:1.2.3',
    ]) {
      expect(addressBlock(address)).toBe(address);
    }
  });
});
