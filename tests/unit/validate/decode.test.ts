import { describe, expect, test } from 'vitest';
import { decodeText } from '../../../src/core/decode.js';

const bytes = (...parts: Array<string | number[]>): Uint8Array =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeText', () => {
  test('UTF-8 passes, and a BOM is dropped', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a: é\n'), 'a.yaml')).toEqual({ text: 'a: é\n' });
  });

  test('the column of a bad byte counts characters, not bytes', () => {
    const { diagnostic } = decodeText(bytes('x: 1\ntitle: één ', [0xe9], '\n'), 'a.yaml');
    expect(diagnostic).toMatchObject({ code: 'E_ENCODING', line: 2, col: 12, args: { byte: '0xE9' } });
  });

  test('a BOM before a bad byte on the first line does not count as a column', () => {
    const { diagnostic } = decodeText(bytes([0xef, 0xbb, 0xbf], 'ab', [0xff]), 'a.yaml');
    expect(diagnostic).toMatchObject({ line: 1, col: 3, args: { byte: '0xFF' } });
  });

  test.each([
    ['overlong encoding', [0xc0, 0xaf]],
    ['surrogate half', [0xed, 0xa0, 0x80]],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated sequence', [0xe2, 0x82]],
    ['lone continuation byte', [0x80]],
  ])('%s is refused at its first byte', (_, sequence) => {
    const { diagnostic } = decodeText(bytes('ok: ', sequence), 'a.yaml');
    expect(diagnostic).toMatchObject({ code: 'E_ENCODING', line: 1, col: 5 });
  });

  test('UTF-16 is named as such', () => {
    const { diagnostic } = decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]), 'a.yaml');
    expect(diagnostic).toMatchObject({ code: 'E_ENCODING', line: 1, col: 1, args: { encoding: 'UTF-16' } });
  });

  test('a NUL byte means binary, at its position', () => {
    const { diagnostic } = decodeText(bytes('a: 1\nb: ', [0x00]), 'a.yaml');
    expect(diagnostic).toMatchObject({ code: 'E_BINARY', line: 2, col: 4 });
  });
});
