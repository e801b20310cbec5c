import type { StanceValue } from '../../../core/api';

export function StanceSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: StanceValue;
  onChange: (stance: StanceValue) => void;
}) {
  return (
    <select
      className="select stance-select"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as StanceValue)}
    >
      <option value="affirms">affirms</option>
      <option value="denies">denies</option>
      <option value="qualifies">qualifies</option>
    </select>
  );
}
