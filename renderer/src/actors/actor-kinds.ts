import type { ActorKind } from '../../../core/api';

export const ACTOR_KIND_LABEL: Record<ActorKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  government: 'Government',
  outlet: 'Outlet',
  armed_group: 'Armed group',
  other: 'Other',
};
