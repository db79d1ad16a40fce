import { describe, expect, test } from 'vitest';
import {
  formatMoney,
  formatMoneyWithLabel,
  formatPartialDate,
  formatQuantities,
  formatQuantity,
} from '../../src/lib/item-format.ts';
import { moneySchema, parsePartialDate, quantitySchema } from '../../src/schemas/common.ts';

const quantity = (input: unknown) => quantitySchema.parse(input);
const money = (input: unknown) => moneySchema.parse(input);

describe.each([
  { printed: '80余亩', input: { value: 80, unit: '亩', approx: 'over' } },
  { printed: '约2000平方米', input: { value: 2000, unit: '平方米', approx: 'about' } },
  { printed: '2条街道', input: { value: 2, unit: '条', of: '街道' } },
  { printed: '28间', input: { value: 28, unit: '间' } },
])('a quantity reads as the bulletin printed it', ({ printed, input }) => {
  test(printed, () => expect(formatQuantity(quantity(input))).toBe(printed));
});

test('several quantities are joined, none reads 未载明', () => {
  expect(
    formatQuantities([
      quantity({ value: 2, unit: '条', of: '街道' }),
      quantity({ value: 4000, unit: '米', approx: 'over' }),
    ]),
  ).toBe('2条街道、4000余米');
  expect(formatQuantities([])).toBe('未载明');
});

describe.each([
  { printed: '35万元', input: 350000 },
  { printed: '5000万–1亿元', input: { min: 50000000, max: 100000000 } },
  { printed: '30–50万元', input: { min: 300000, max: 500000 } },
  { printed: '8000元', input: { amount: 8000 } },
  { printed: '1.5亿元', input: 150000000 },
  { printed: '12.5万元', input: 125000 },
])('money reads in 万 and 亿', ({ printed, input }) => {
  test(printed, () => expect(formatMoney(money(input))).toBe(printed));
});

test('money says what it is when the entry names it, and 未载明 when absent', () => {
  expect(formatMoneyWithLabel(money({ min: 50000000, max: 100000000, label: '总投资' }))).toBe(
    '总投资5000万–1亿元',
  );
  expect(formatMoney(undefined)).toBe('未载明');
});

describe.each([
  { input: '2015-07 上旬', shown: '2015年7月上旬' },
  { input: '2015-08', shown: '2015年8月' },
  { input: '2015', shown: '2015年' },
  { input: '2015-07-10', shown: '2015年7月10日' },
  { input: '2015-11 下旬', shown: '2015年11月下旬' },
])('a partial date reads as precise as the source', ({ input, shown }) => {
  test(input, () => expect(formatPartialDate(parsePartialDate(input))).toBe(shown));
});

test('an unknown date reads 未载明', () => {
  expect(formatPartialDate(undefined)).toBe('未载明');
});
