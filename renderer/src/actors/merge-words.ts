import type { Actor, ActorMergeResult, LikelyDuplicate } from '../../../core/api';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The toast after a merge: what moved, and that it can be taken back. */
export function mergedMessage(mergedName: string, result: ActorMergeResult): string {
  const { statements, relayed, memberships, aliases } = result.moved;
  const parts = [
    count(statements, 'statement', 'statements'),
    ...(relayed ? [count(relayed, 'relayed statement', 'relayed statements')] : []),
    count(memberships, 'membership', 'memberships'),
    count(aliases, 'other name', 'other names'),
  ];
  return `Merged “${mergedName}” into “${result.actor.name}”: ${parts.join(', ')} moved. Undo takes it back.`;
}

/**
 * Why two actors look like one, from the side of `actor` (the one whose page this is): a
 * sentence around a name, kept apart so the name can be isolated for right-to-left scripts.
 */
export function duplicateReason(
  actor: { name: string },
  d: LikelyDuplicate,
): { before: string; name?: string; after?: string } {
  if (d.reason === 'same_name') {
    return { before: d.other.name === actor.name ? 'Same name' : 'Same name, written differently' };
  }
  const lower = actor.name.toLocaleLowerCase();
  return d.other.aliases.some((a) => a.toLocaleLowerCase() === lower)
    ? { before: 'Also known as ', name: actor.name }
    : { before: '', name: d.other.name, after: ' is one of this actor’s other names' };
}

export const statementCount = (a: Pick<Actor, 'statementCount'>) =>
  count(a.statementCount, 'statement', 'statements');
