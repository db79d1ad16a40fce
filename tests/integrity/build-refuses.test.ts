import { describe, expect, test } from 'vitest';
import { BREAKAGES, breakContent } from '../support/breakages.ts';
import { buildSite } from '../support/build.ts';

describe.each(BREAKAGES.map((breakage, i) => ({ ...breakage, i })))(
  'the build refuses $what',
  ({ file, edit, expected, i }) => {
    test('and names the file, the field and the value', () => {
      const dir = breakContent(`broken-${i}`, { [file]: edit });
      const result = buildSite(`broken-${i}`, { contentDir: dir });
      expect(result.ok).toBe(false);
      for (const fragment of expected) expect(result.output).toContain(fragment);
      expect(result.output).toContain('网站未生成');
    });
  },
);
