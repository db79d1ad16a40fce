/** The latest of some ISO dates (2015-07-03), or undefined when none is known. */
export function latestDate(dates: readonly (string | undefined)[]): string | undefined {
  return dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1);
}
