/**
 * A select over records: "any"/placeholder first, then one option per item. Empty string
 * means none chosen.
 */
export function OptionSelect<T extends { id: string }>({
  label,
  value,
  none,
  items,
  text,
  onChange,
}: {
  label: string;
  value: string | undefined;
  none: string;
  items: T[];
  text: (item: T) => string;
  onChange: (value: string | undefined) => void;
}) {
  return (
    <select
      className="select"
      aria-label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.target.value || undefined)}
    >
      <option value="">{none}</option>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {text(item)}
        </option>
      ))}
    </select>
  );
}
