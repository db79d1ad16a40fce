import {
  ITEM_STATUS_LABELS,
  LISTING_LABEL,
  LISTING_STATUS_LABELS,
  STATE_DETAIL_LABELS,
  TEAM_STATE_LABELS,
  YES_NO_LABELS,
} from '../../i18n/zh.ts';
import type { Proposal } from './proposals.ts';

const details = (parts: readonly unknown[]) => {
  const shown = parts.filter((p): p is string => typeof p === 'string' && p !== '');
  return shown.length ? `（${shown.join('，')}）` : '';
};
const yesNo = (value: unknown) => (value ? YES_NO_LABELS.yes : YES_NO_LABELS.no);

/** What a proposal records, in Chinese for the import's report: 对接到位：是（2015-08-10）. */
export function proposalText(proposal: Proposal): string {
  const r = proposal.report;
  switch (proposal.collection) {
    case 'items':
      return `进展：${ITEM_STATUS_LABELS[proposal.report.status]}`;
    case 'villages':
      return `${LISTING_LABEL}：${LISTING_STATUS_LABELS[proposal.report.status]}${details([r['date']])}`;
    case 'teams': {
      const label = TEAM_STATE_LABELS[proposal.field];
      if (proposal.field === 'firstSecretary')
        return `${label}：${String(r['name'])}${details([typeof r['since'] === 'string' ? STATE_DETAIL_LABELS.since(r['since']) : undefined])}`;
      if (proposal.field === 'headVisit')
        return `${label}：${yesNo(r['visited'])}${details([[r['who'], r['title']].filter(Boolean).join(' '), r['date'], r['repeated'] ? STATE_DETAIL_LABELS.repeated : undefined])}`;
      return `${label}：${yesNo(r['value'])}${details([r['date']])}`;
    }
  }
}
