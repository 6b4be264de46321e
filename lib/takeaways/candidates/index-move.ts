/** The index moves: always the first takeaway when the snapshot has an index. */
import { INDEX_NAMES } from '@/lib/config';
import type { TakeawayContext } from '@/lib/takeaways/context';
import { emptyRefs, type Candidate } from '@/lib/takeaways/facts';

export function indexCandidates(ctx: TakeawayContext): Candidate[] {
  const indices = ctx.session.indices;
  if (indices.length === 0) return [];
  return [
    {
      kind: 'index',
      salience: Infinity,
      always: true,
      key: '0',
      build: () => ({
        fact: { kind: 'index', session: ctx.session.session, indices: indices.map((ix) => ({ id: ix.id, name: INDEX_NAMES[ix.id]?.en ?? ix.name, close: ix.close, change: ix.change, changePct: ix.changePct })) },
        refs: { ...emptyRefs(), indices: indices.map((i) => i.id) },
      }),
    },
  ];
}
