import type { DatePrecision, StatementKind } from '../../../core/api';
import { Field } from '../ui/Field';

/** Quote or paraphrase, as the statement editor and the review queue's editor ask it. */
export function KindField({
  value,
  onChange,
}: {
  value: StatementKind;
  onChange: (kind: StatementKind) => void;
}) {
  return (
    <Field label="Kind">
      {(id) => (
        <select
          id={id}
          className="select"
          value={value}
          onChange={(e) => onChange(e.target.value as StatementKind)}
        >
          <option value="quote">Quote</option>
          <option value="paraphrase">Paraphrase</option>
        </select>
      )}
    </Field>
  );
}

/** How exact the date said is; only asked once there is a date. */
export function PrecisionField({
  value,
  disabled,
  onChange,
}: {
  value: DatePrecision;
  disabled: boolean;
  onChange: (precision: DatePrecision) => void;
}) {
  return (
    <Field label="Precision">
      {(id) => (
        <select
          id={id}
          className="select"
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value as DatePrecision)}
        >
          <option value="day">That day</option>
          <option value="week">That week</option>
          <option value="month">That month</option>
          <option value="year">That year</option>
        </select>
      )}
    </Field>
  );
}
