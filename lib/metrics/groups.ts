/**
 * The rotation groups, defined in this one place. A group is a set of industries plus a set of themes
 * (data/themes.json ids); its members are the union of their stocks, each counted once.
 */
import type { Industry } from '@/lib/industries';

export type RotationGroupId = 'cyclicals' | 'growth' | 'defensives';

export interface RotationGroup {
  id: RotationGroupId;
  label: string;
  industries: readonly Industry[];
  themes: readonly string[];
}

export const ROTATION_GROUPS = {
  cyclicals: {
    id: 'cyclicals',
    label: 'cyclicals & commodities',
    industries: ['Materials', 'Energy', 'Industrials'],
    themes: [],
  },
  growth: {
    id: 'growth',
    label: 'growth & tech',
    industries: ['Information Technology'],
    // Alibaba, Meituan, JD… sit in Consumer Discretionary in the Hang Seng classification but trade as tech.
    themes: ['internet-platforms'],
  },
  defensives: {
    id: 'defensives',
    label: 'defensives',
    industries: ['Utilities', 'Consumer Staples', 'Telecommunications', 'Healthcare'],
    themes: [],
  },
} as const satisfies Record<RotationGroupId, RotationGroup>;
