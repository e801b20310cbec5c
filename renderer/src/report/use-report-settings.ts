import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportPreset, ReportSettings } from '../../../core/api/report-settings';
import { CallError, type Client } from '../api/client';
import { useApp } from '../app/app-context';
import { INITIAL_DRAFT, sameSettings, settingsOf, type ReportDraft } from './report-draft';

/** Settings are saved once the researcher has stopped changing them for this long. */
const SAVE_DELAY_MS = 400;

/**
 * The last save sent, shared by every mount of the builder: leaving the view sends what was not
 * saved yet, and coming back must read after that save has landed, not race it.
 */
let lastSave: Promise<unknown> = Promise.resolve();

interface Pending {
  workspace: string;
  settings: ReportSettings;
}

export interface ReportSettingsHandle {
  draft: ReportDraft;
  /** False until the remembered settings have been read (the form waits for them). */
  ready: boolean;
  change(change: Partial<ReportDraft>): void;
  presets: ReportPreset[];
  /** The preset the current settings are, if they are one. */
  current: ReportPreset | undefined;
  /** Resolves true once saved; errors are told as toasts. */
  savePreset(name: string): Promise<boolean>;
  applyPreset(name: string): void;
  deletePreset(name: string): Promise<void>;
}

/**
 * The report builder's draft, started from what the host remembers of this workspace and saved
 * back there as it changes (see core/report-settings-store.ts for why the host keeps it).
 */
export function useReportSettings(): ReportSettingsHandle {
  const { client, notify, attempt } = useApp();
  const [draft, setDraft] = useState<ReportDraft>(INITIAL_DRAFT);
  const [workspace, setWorkspace] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [presets, setPresets] = useState<ReportPreset[]>([]);
  const saved = useRef<ReportSettings>(INITIAL_DRAFT);
  const pending = useRef<Pending | null>(null);
  const told = useRef(false);

  useEffect(() => {
    let live = true;
    void lastSave
      .then(() => client.reportSettings())
      .then(
        (state) => {
          if (!live) return;
          saved.current = state.last;
          setDraft((d) => ({ ...d, ...state.last }));
          setPresets(state.presets);
          setWorkspace(state.workspace);
          setReady(true);
        },
        (error: unknown) => {
          if (!live) return;
          // The builder still works from its defaults; it just will not remember them.
          notify('error', `Parallax could not read the report settings: ${messageOf(error)}`);
          setReady(true);
        },
      );
    return () => {
      live = false;
    };
  }, [client, notify]);

  const flush = useCallback(
    (via: Client) => {
      const next = pending.current;
      if (!next) return;
      pending.current = null;
      saved.current = next.settings;
      lastSave = via.saveReportSettings(next).catch((error: unknown) => {
        // Closed before the save arrived: those settings belonged to that workspace's visit.
        if (error instanceof CallError && error.code === 'no_workspace') return;
        if (told.current) return;
        told.current = true;
        notify('error', `Parallax could not remember the report settings: ${messageOf(error)}`);
      });
    },
    [notify],
  );

  const settings = settingsOf(draft);
  const key = JSON.stringify(settings);
  useEffect(() => {
    if (workspace === null || sameSettings(settings, saved.current)) return;
    pending.current = { workspace, settings };
    const timer = setTimeout(() => flush(client), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
    // `key` stands for `settings`, which is a new object on every render.
  }, [key, workspace, client, flush]);

  // Leaving the view saves at once what is still waiting.
  useEffect(() => () => flush(client), [client, flush]);

  const change = useCallback((c: Partial<ReportDraft>) => setDraft((d) => ({ ...d, ...c })), []);

  const savePreset = async (name: string) => {
    if (workspace === null) return false;
    const state = await attempt((c) => c.saveReportPreset({ workspace, name, settings }));
    if (!state) return false;
    setPresets(state.presets);
    notify('info', `Saved the preset “${name}”.`);
    return true;
  };

  const applyPreset = (name: string) => {
    const preset = presets.find((p) => p.name === name);
    if (preset) change(preset.settings);
  };

  const deletePreset = async (name: string) => {
    if (workspace === null) return;
    const state = await attempt((c) => c.deleteReportPreset({ workspace, name }));
    if (!state) return;
    setPresets(state.presets);
    notify('info', `Deleted the preset “${name}”.`);
  };

  return {
    draft,
    ready,
    change,
    presets,
    current: presets.find((p) => sameSettings(p.settings, settings)),
    savePreset,
    applyPreset,
    deletePreset,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
