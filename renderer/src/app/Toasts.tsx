import { useApp } from './app-context';
import { Icon } from '../ui/icons';

/** The thin bar along the top while a call takes a noticeable time. */
export function Progress() {
  const { busy } = useApp();
  return busy ? <div className="progress" role="progressbar" aria-label="Working…" /> : null;
}

/**
 * Errors in plain words, and short confirmations. `docked`: in the workbench they sit at the
 * foot of the sidebar, in the page's flow, so they never cover a form field or a button; on the
 * start screen, which has no sidebar, in a corner it leaves empty.
 */
export function Toasts({ docked = false }: { docked?: boolean }) {
  const { toasts, dismiss, holdNotices } = useApp();
  return (
    <div
      className={docked ? 'toasts toasts-docked' : 'toasts'}
      aria-live="polite"
      onMouseEnter={() => holdNotices(true)}
      onMouseLeave={() => holdNotices(false)}
      onFocus={() => holdNotices(true)}
      onBlur={() => holdNotices(false)}
    >
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
  );
}
