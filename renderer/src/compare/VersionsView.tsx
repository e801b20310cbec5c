import { useState } from 'react';
import type { Page, SourceDetail, SourceVersion, Statement } from '../../../core/api';
import type { ViewName } from '../app/views';
import { formatTimestamp } from '../format/dates';
import { useApi } from '../hooks/use-api';
import { quoted } from '../statements/StatementRow';
import { EmptyState } from '../ui/EmptyState';
import { DiffText } from './DiffText';
import { useWordDiff } from './use-word-diff';

/**
 * What changed in a source between an earlier version and its current text, word by word, side
 * by side — and where its statements' anchors stand in the current text (or that they were lost).
 */
export function VersionsView({
  sourceId,
  onGo,
}: {
  sourceId: string;
  onGo: (view: ViewName, id?: string) => void;
}) {
  const source = useApi<SourceDetail>((c) => c.getSource({ id: sourceId }), [sourceId]).data;
  const versions =
    useApi<SourceVersion[]>((c) => c.listSourceVersions({ sourceId }), [sourceId]).data ?? [];
  const statements = useApi<Page<Statement>>(
    (c) => c.listStatements({ sourceId, limit: 1000 }),
    [sourceId],
  ).data;
  const [chosen, setChosen] = useState<string | null>(null);
  const version = versions.find((v) => v.id === chosen) ?? versions[versions.length - 1];
  const diff = useWordDiff(version?.body ?? '', source?.body ?? '', source?.language ?? undefined);
  if (!source) return null;
  const anchored = (statements?.items ?? []).filter((s) => s.anchor);

  return (
    <section className="compare" aria-labelledby="versions-title">
      <div className="pane-header">
        <div>
          <button type="button" className="link-button" onClick={() => onGo('reader', sourceId)}>
            ← Read the source
          </button>
          <h1 className="pane-title" id="versions-title" dir="auto">
            Versions of {source.title}
          </h1>
          <div className="pane-subtitle">Removed words on the left, added words on the right</div>
        </div>
        <div className="actions actions-end">
          {versions.length > 0 ? (
            <select
              className="select"
              aria-label="Earlier version"
              value={version?.id}
              onChange={(e) => setChosen(e.target.value)}
            >
              {versions.map((v, i) => (
                <option key={v.id} value={v.id}>
                  Version {i + 1}, kept {formatTimestamp(v.createdAt)}
                </option>
              ))}
            </select>
          ) : null}
        </div>
      </div>
      <div className="compare-body">
        {!version ? (
          <EmptyState title="No earlier versions">
            <p>
              When this source is re-imported or its text edited, the earlier text is kept and
              compared here.
            </p>
          </EmptyState>
        ) : (
          <>
            <div className="versions">
              <div>
                <h2 className="section-title">Earlier</h2>
                {diff ? (
                  <DiffText result={diff} side="left" />
                ) : (
                  <p className="field-hint">Comparing…</p>
                )}
              </div>
              <div>
                <h2 className="section-title">Current</h2>
                {diff ? <DiffText result={diff} side="right" /> : null}
              </div>
            </div>
            <h2 className="section-title versions-anchors">Statements anchored in this source</h2>
            <ul className="plain-list">
              {anchored.map((s) => (
                <li key={s.id} className="row-line">
                  <span className={s.anchor!.lost ? 'badge anchor-lost' : 'badge'}>
                    {s.anchor!.lost ? 'lost' : `at ${s.anchor!.start}–${s.anchor!.end}`}
                  </span>
                  <button
                    type="button"
                    className="link-button"
                    dir="auto"
                    onClick={() => onGo('statements', s.id)}
                  >
                    {s.speakerName}: {quoted(s.text, s.kind).slice(0, 90)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
