import type { ServiceClient } from '../service';

/**
 * A small but complete world built through the service, so tests start from something with
 * every kind of record and every kind of link between them.
 */
export function seedWorld(client: ServiceClient) {
  const source = client.createSource({
    title: 'Press conference transcript',
    body: 'The minister said the talks would resume. Nobody else spoke.',
    kind: 'transcript',
    outlet: 'State TV',
    publishedOn: '2021-03-04',
  });
  const spareSource = client.createSource({
    title: 'Unused article',
    body: 'Nothing quoted here.',
  });

  const ministry = client.createActor({ name: 'Foreign Ministry', kind: 'government' });
  const minister = client.createActor({
    name: 'Ali Velayati',
    kind: 'person',
    description: 'Adviser',
    aliases: ['A. Velayati'],
  });
  const outlet = client.createActor({ name: 'Wire Service', kind: 'outlet' });
  const bystander = client.createActor({ name: 'Unquoted Person', aliases: ['U. Person'] });
  const membership = client.addMembership({
    actorId: minister.id,
    organisationId: ministry.id,
    role: 'Minister',
    startDate: '2020-01-01',
    endDate: '2022-12-31',
  });

  const tagTalks = client.createTag({ name: 'talks', color: '#112233' });
  const tagSanctions = client.createTag({ name: 'sanctions' });

  const first = client.createStatement({
    speakerId: minister.id,
    text: 'The talks will resume next week.',
    sourceId: source.id,
    saidOn: '2021-03-04',
    tagIds: [tagTalks.id],
    anchor: {
      exact: 'the talks would resume',
      prefix: 'The minister said ',
      suffix: '.',
      start: 4,
      end: 26,
    },
  });
  const second = client.createStatement({
    speakerId: minister.id,
    text: 'Sanctions must be lifted before any talks.',
    kind: 'paraphrase',
    saidOn: '2021-05-10',
    reportedViaId: outlet.id,
    tagIds: [tagTalks.id, tagSanctions.id],
  });
  const third = client.createStatement({
    speakerId: ministry.id,
    text: 'The ministry denies any talks took place.',
    saidOn: '2023-02-01',
  });

  const proposition = client.createProposition({
    text: 'Talks will resume',
    description: 'In 2021',
  });
  const stance = client.setStance({
    statementId: first.id,
    propositionId: proposition.id,
    stance: 'affirms',
    note: 'Explicit',
  });
  client.setStance({ statementId: third.id, propositionId: proposition.id, stance: 'denies' });

  const comparison = client.createComparison({
    title: 'Do talks resume?',
    statementIds: [first.id, second.id, third.id],
    assessment: 'They contradict each other.',
  });
  const note = client.createNote({
    target: { type: 'statement', id: first.id },
    body: 'Check the video.',
  });

  return {
    source,
    spareSource,
    ministry,
    minister,
    outlet,
    bystander,
    membership,
    tagTalks,
    tagSanctions,
    statements: [first, second, third] as const,
    proposition,
    stance,
    comparison,
    note,
  };
}

export type World = ReturnType<typeof seedWorld>;
