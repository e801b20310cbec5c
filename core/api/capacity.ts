/** A membership as the capacity it gives: the role in the organisation, or just the organisation. */
export interface HeldPosition {
  role: string | null;
  organisationName: string;
}

const folded = (text: string) =>
  text.normalize('NFKC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * In what capacity someone spoke, each fact said once: "President, Government of Iran", not
 * "President · President, Government of Iran". The role given with the statement comes first,
 * unless a membership current at the time already names it; then each membership as "Role,
 * Organisation". Used by the app's views and by every report format alike.
 */
export function capacityOf(role: string | null, memberships: readonly HeldPosition[]): string[] {
  const held = memberships.map((m) => {
    const r = m.role?.trim();
    return r ? `${r}, ${m.organisationName}` : m.organisationName;
  });
  const said = role?.trim();
  if (!said) return held;
  const repeated = memberships.some((m) => {
    const r = m.role?.trim();
    return (
      r !== undefined &&
      r !== '' &&
      (folded(r) === folded(said) || folded(said).includes(folded(r)))
    );
  });
  return repeated ? held : [said, ...held];
}
