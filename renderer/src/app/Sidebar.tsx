import type { WorkspaceInfo } from '../../../core/api';
import { useApi } from '../hooks/use-api';
import { Icon } from '../ui/icons';
import { Toasts } from './Toasts';
import { PARENT_VIEW, VIEWS, type ViewName } from './views';

export function Sidebar({ view, onView }: { view: ViewName; onView: (view: ViewName) => void }) {
  const info = useApi<WorkspaceInfo>((c) => c.workspaceInfo({}), [], { deferred: true }).data;
  return (
    <div className="sidebar">
      <nav aria-label="Library">
        <div className="sidebar-heading">Library</div>
        {VIEWS.map((v) => (
          <button
            key={v.name}
            type="button"
            className="nav-item"
            aria-current={v.name === view || PARENT_VIEW[view] === v.name ? 'page' : undefined}
            onClick={() => onView(v.name)}
          >
            <Icon name={v.icon} />
            <span>{v.label}</span>
            <span className="nav-count">
              {info && v.count ? info.counts[v.count].toLocaleString('en') : ''}
            </span>
          </button>
        ))}
      </nav>
      <Toasts docked />
    </div>
  );
}
