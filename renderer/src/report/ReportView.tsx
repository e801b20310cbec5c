import { useState } from 'react';
import type { ReportPreview as Preview } from '../../../core/api/reports';
import { useApp } from '../app/app-context';
import { useApi } from '../hooks/use-api';
import { useDebounced } from '../hooks/use-debounced';
import { EmptyState } from '../ui/EmptyState';
import { toRequest } from './report-draft';
import { ReportForm } from './ReportForm';
import { ReportPresets } from './ReportPresets';
import { ReportPreview } from './ReportPreview';
import { saveFile } from './save-file';
import { useReportSettings } from './use-report-settings';

const PREVIEW_DELAY_MS = 300;

const counted = (n: number, noun: string) =>
  `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The report builder: choices on the left, the report as it will read on the right. The choices
 * are remembered per workspace, and can be kept as named presets (use-report-settings.ts).
 */
export function ReportView() {
  const { attempt, notify } = useApp();
  const settings = useReportSettings();
  const { draft } = settings;
  const [exporting, setExporting] = useState(false);
  // Nothing is previewed before the remembered settings are in: no report of the defaults first.
  const wanted = settings.ready ? toRequest(draft) : { why: '' };
  const settled = useDebounced(
    JSON.stringify('request' in wanted ? wanted.request : null),
    PREVIEW_DELAY_MS,
  );
  const preview = useApi<Preview>(
    settled === 'null' ? null : (c) => c.previewReport(JSON.parse(settled)),
    [settled],
  );

  const exportReport = async () => {
    if (!('request' in wanted)) return;
    setExporting(true);
    const file = await attempt((c) => c.exportReport({ ...wanted.request, format: draft.format }));
    setExporting(false);
    if (!file) return;
    saveFile(file.fileName, file.mimeType, file.contentBase64);
    notify('info', `Exported ${file.fileName}`);
  };

  // The same counts, in the same order, as the report's own header.
  const counts = preview.data
    ? [
        counted(preview.data.statements, 'statement'),
        counted(preview.data.sources, 'source'),
        counted(preview.data.comparisons, 'comparison'),
        counted(preview.data.conflicts, 'conflict'),
      ].join(' · ')
    : '';
  return (
    <section className="compare report" aria-labelledby="report-title">
      <div className="pane-header">
        <div>
          <h1 className="pane-title" id="report-title">
            Report
          </h1>
          <div className="pane-subtitle" aria-live="polite">
            {'why' in wanted ? wanted.why : counts}
          </div>
        </div>
        <div className="actions actions-end">
          <button
            type="button"
            className="btn btn-primary"
            disabled={'why' in wanted || exporting}
            onClick={() => void exportReport()}
          >
            {exporting ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </div>
      <div className="report-body">
        <div className="report-form" aria-busy={!settings.ready}>
          {settings.ready ? (
            <>
              <ReportPresets settings={settings} />
              <ReportForm draft={draft} onDraft={settings.change} />
            </>
          ) : null}
        </div>
        <div className="report-preview">
          {preview.error ? (
            <EmptyState title="No preview">
              <p>{preview.error.message}</p>
            </EmptyState>
          ) : preview.data ? (
            <ReportPreview html={preview.data.html} busy={preview.loading} />
          ) : null}
        </div>
      </div>
    </section>
  );
}
