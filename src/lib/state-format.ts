import { LISTING_LABEL, LISTING_STATUS_LABELS, STATE_DETAIL_LABELS, TEAM_STATE_LABELS } from '../i18n/zh.ts';
import type { PartialDate } from '../schemas/common.ts';
import type { ListingReport } from '../schemas/village.ts';
import { formatYesNo } from './format.ts';
import { formatPartialDate } from './item-format.ts';
import type { StateRow } from './report-rows.ts';
import type { StateEvent } from './timeline.ts';

const details = (parts: readonly (string | undefined)[]) => {
  const shown = parts.filter((p): p is string => Boolean(p));
  return shown.length ? `（${shown.join('，')}）` : '';
};
const dateText = (date: PartialDate | undefined) => date && formatPartialDate(date);

/** The value a report gives, as data: yes/no for flags and visits, a name for a first secretary. */
export function stateValue({ state, report }: StateEvent): boolean | string {
  switch (state) {
    case 'firstSecretary':
      return report.name;
    case 'headVisit':
      return report.visited;
    default:
      return report.value;
  }
}

/** When the report says the thing happened: a visit's date, a first secretary's start, a plan's date. */
export function stateDate(event: StateEvent): PartialDate | undefined {
  return event.state === 'firstSecretary' ? event.report.since : event.report.date;
}

/** The value alone in Chinese: 是, 否, or the first secretary's name. */
export function stateValueText(event: StateEvent): string {
  const value = stateValue(event);
  return typeof value === 'string' ? value : formatYesNo(value);
}

/**
 * What a report says, worded for a page: 是（王彬 局长，2015年5月12日）, 刘敬东（2015年5月起）,
 * 是（抓住“一大中心”…）; the details are the ones the bulletin gave.
 */
export function stateText(event: StateEvent): string {
  const date = dateText(stateDate(event));
  switch (event.state) {
    case 'firstSecretary':
      return event.report.name + details([date && STATE_DETAIL_LABELS.since(date)]);
    case 'headVisit': {
      const { who, title, repeated } = event.report;
      const person = [who, title].filter(Boolean).join(' ') || undefined;
      return (
        stateValueText(event) + details([person, date, repeated ? STATE_DETAIL_LABELS.repeated : undefined])
      );
    }
    case 'threeYearPlan':
    case 'annualPlan':
      return stateValueText(event) + details([event.report.title, date]);
    default:
      return stateValueText(event) + details([date]);
  }
}

/** A village's place on the list in Chinese: 已出列（2016年12月）. */
export function listingText(report: ListingReport): string {
  return LISTING_STATUS_LABELS[report.status] + details([dateText(report.date)]);
}

/** What a long-form state row reports, in Chinese: 对接到位, 第一书记, 后进村名单. */
export const stateLabel = (row: StateRow) =>
  row.subject === 'village' ? LISTING_LABEL : TEAM_STATE_LABELS[row.state];

/** What a long-form state row says, in Chinese. */
export const stateRowText = (row: StateRow) =>
  row.subject === 'village' ? listingText(row.listing) : stateText(row.event);
