import { useApp } from './app-context';
import { Icon } from '../ui/icons';

/** Errors in plain words, and short confirmations, in one corner. */
export function Toasts() {
  const { toasts, dismiss, busy } = useApp();
  return (
    <>
      {busy ? <div className="progress" role="progressbar" aria-label="Working…" /> : null}
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <div
            key={t.id}
            className={`toast toast-${t.kind}`}
            role={t.kind === 'error' ? 'alert' : 'status'}
          >
            <span>{t.message}</span>
            <button
              type="button"
              className="btn btn-ghost btn-icon"
              onClick={() => dismiss(t.id)}
              aria-label="Dismiss"
            >
              <Icon name="close" size={14} />
            </button>
          </div>
        ))}
      </div>
    </>
  );
}
