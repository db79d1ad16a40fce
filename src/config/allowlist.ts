/**
 * Numbers the office has published on purpose and that may appear in any entry without a
 * personal-data warning. Add one per line, exactly as written in the text.
 */
export const PUBLISHED_NUMBERS: readonly string[] = [
  // 市后进村帮扶工作办公室的办公电话，见 2015 年第 2 期简报。
  '8249284',
];
