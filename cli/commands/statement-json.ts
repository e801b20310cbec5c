import type { ServiceClient } from '../../core/service';
import type { Statement, StanceValue } from '../../core/api';
import { allPages } from '../workspace';

interface StanceJson {
  propositionId: string;
  proposition: string;
  stance: StanceValue;
}

/**
 * Every statement's stances, by statement id: read proposition by proposition (a workspace has
 * few propositions and many statements), so listing a million statements asks no more.
 */
function stancesByStatement(client: ServiceClient): Map<string, StanceJson[]> {
  const byStatement = new Map<string, StanceJson[]>();
  const propositions = allPages((page) => client.listPropositions(page));
  for (const { id } of propositions) {
    const proposition = client.getProposition({ id });
    for (const s of proposition.stances) {
      const list = byStatement.get(s.statementId) ?? [];
      list.push({ propositionId: proposition.id, proposition: proposition.text, stance: s.stance });
      byStatement.set(s.statementId, list);
    }
  }
  for (const list of byStatement.values())
    list.sort((a, b) => a.proposition.localeCompare(b.proposition));
  return byStatement;
}

/**
 * What `parallax statements --json` prints for each statement. `date` is ISO (YYYY-MM-DD; a
 * week is its Monday, a month its first day), `datePrecision` says how much of it is known,
 * and `dateFrom` where it came from: the text, the source's publication date, or a person.
 */
export function statementsJson(client: ServiceClient, list: Statement[]) {
  const stances = stancesByStatement(client);
  return list.map((s) => ({
    id: s.id,
    speaker: s.speakerName,
    speakerKind: s.speakerKind,
    text: s.text,
    kind: s.kind,
    date: s.saidOn,
    datePrecision: s.saidOnPrecision,
    dateFrom: s.saidOnFrom,
    sourceId: s.sourceId,
    stances: stances.get(s.id) ?? [],
  }));
}
