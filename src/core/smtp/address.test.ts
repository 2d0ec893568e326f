import { describe, expect, it } from 'vitest';
import { cleanAddress, findAddresses } from './address';

describe('finding addresses', () => {
  it('finds them in the forms reports write', () => {
    const text =
      'Final-Recipient: rfc822; Ann.Lee@Example.COM\n<bob@mx.example.net>: host said. Also "odd name"@example.org and x@[192.0.2.1].';
    expect(findAddresses(text).map((a) => a.value)).toEqual([
      'Ann.Lee@Example.COM',
      'bob@mx.example.net',
      '"odd name"@example.org',
      'x@[192.0.2.1]',
    ]);
  });

  it('gives offsets that point at the address itself', () => {
    const text = 'Mail to ...carol@example.net. failed';
    const [found] = findAddresses(text);
    expect(text.slice(found.index, found.index + found.value.length)).toBe('carol@example.net');
  });

  it('cleans a recipient for the report', () => {
    expect(cleanAddress('rfc822; <Dana@Example.ORG>')).toBe('dana@example.org');
    expect(cleanAddress('no address here')).toBeNull();
  });

  it('stays linear on a megabyte of letters or of "@"', () => {
    for (const unit of ['a', '@', 'a@', '.@a']) {
      const text = unit.repeat(Math.ceil((1024 * 1024) / unit.length));
      const start = performance.now();
      findAddresses(text);
      expect(performance.now() - start).toBeLessThan(5000); // a hang guard; bench/run.mjs has the timings
    }
  });
});

describe('internationalised addresses', () => {
  it('finds addresses written in any script', () => {
    const text =
      '550 5.1.1 <jörg.müller@bücher.example>: unknown; also пользователь@пример.рф and 用户@例子.广告';
    expect(findAddresses(text).map((a) => a.value)).toEqual([
      'jörg.müller@bücher.example',
      'пользователь@пример.рф',
      '用户@例子.广告',
    ]);
  });
});
