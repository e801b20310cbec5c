/** Save / Revert / Delete, the same in every editor. */
export function EditorActions({
  isNew,
  dirty,
  saveLabel,
  onRevert,
  onDelete,
}: {
  isNew: boolean;
  dirty: boolean;
  saveLabel: string;
  onRevert: () => void;
  onDelete: () => void;
}) {
  return (
    <div className="actions detail-actions">
      <button type="submit" className="btn btn-primary" disabled={!dirty}>
        {isNew ? saveLabel : 'Save changes'}
      </button>
      {dirty && !isNew ? (
        <button type="button" className="btn" onClick={onRevert}>
          Revert
        </button>
      ) : null}
      {!isNew ? (
        <button type="button" className="btn btn-ghost btn-danger actions-end" onClick={onDelete}>
          Delete
        </button>
      ) : null}
    </div>
  );
}
