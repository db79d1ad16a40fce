import type { Block } from './body.ts';
import {
  proposeFigures,
  type KnownIndicator,
  type ProposedFigure,
  type ProposedIndicator,
} from './figure-proposals.ts';
import { catalogueMatcher, proposeReports, type Proposal, type ProposalCatalogue } from './proposals.ts';

export interface Proposed {
  /** Reports to append to known items, teams and villages. */
  reports: Proposal[];
  /** The draft's own `figures`. */
  figures: ProposedFigure[];
  /** Indicators the figures need that the catalogue lacks. */
  indicators: ProposedIndicator[];
  doubts: string[];
}

/** Everything a later bulletin's body proposes for the archive, with what the import is unsure of. */
export function proposeAll(
  blocks: readonly Block[],
  catalogue: ProposalCatalogue & { indicators: readonly KnownIndicator[] },
  bulletin: { id: string; date?: string | undefined },
): Proposed {
  const reports = proposeReports(blocks, catalogue, bulletin);
  const match = catalogueMatcher(catalogue);
  const figures = proposeFigures(blocks, catalogue.indicators, (sentence) => match(sentence).length > 0);
  return {
    reports: reports.proposals,
    figures: figures.figures,
    indicators: figures.indicators,
    doubts: [...reports.doubts, ...figures.doubts],
  };
}
