import { expect, test } from 'vitest';
import { pinyinKeys, toPinyin } from '../../../src/lib/search/pinyin.ts';

test.each([
  ['西沟子村', ['xigouzicun', 'xigouzi']],
  ['郭家村', ['guojiacun', 'guojia']],
  ['温泉街道', ['wenquanjiedao', 'wenquan']],
  ['市残联', ['shicanlian', 'canlian']],
  ['平安财险', ['pingancaixian']],
])('%s is found by its toneless pinyin', (name, keys) => {
  expect(pinyinKeys(name)).toEqual(keys);
});

test('ü is written v, as people type it', () => {
  expect(toPinyin('绿化')).toBe('lvhua');
});
