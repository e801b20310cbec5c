import { describe, expect, it } from 'vitest';
import { createService } from '../core/service';
import { openWorkspace } from '../db/workspace';
import type { Io } from './command';
import { main } from './main';
import { useTempDir } from './test/harness';

const temp = useTempDir();

async function run(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { out: (t) => void (stdout += t), err: (t) => void (stderr += t), tty: false };
  const status = await main(args, io);
  return { status, stdout, stderr };
}

/** Two speakers, one recorded in Persian with an English alias, each with a statement. */
function seed(path: string) {
  const service = createService(openWorkspace(path));
  try {
    const c = service.client;
    const rouhani = c.createActor({ name: 'حسن روحانی', aliases: ['Hassan Rouhani'] });
    const sarea = c.createActor({ name: 'Yahya Sarea' });
    c.createStatement({ speakerId: rouhani.id, text: 'The talks will resume next month.' });
    c.createStatement({ speakerId: sarea.id, text: 'Our forces reached the target.' });
  } finally {
    service.close();
  }
}

const texts = (stdout: string) =>
  (JSON.parse(stdout) as { statements: Array<{ text: string }> }).statements.map((s) => s.text);

describe('parallax statements FILE --actor NAME', () => {
  it('finds the actor by a folded spelling of its name or alias', async () => {
    const ws = temp.file('w.parallax');
    expect((await run('init', ws)).status).toBe(0);
    seed(ws);

    for (const name of ['حسن روحاني', 'HASSAN ROUHANI', 'hassan-rouhani', 'yahya sarea.']) {
      const listed = await run('statements', ws, '--actor', name, '--json');
      expect(listed.status, name).toBe(0);
      expect(texts(listed.stdout), name).toHaveLength(1);
    }
    expect(texts((await run('statements', ws, '--actor', 'حسن روحاني', '--json')).stdout)).toEqual([
      'The talks will resume next month.',
    ]);
  });

  it('says so, and fails, for a name no actor has', async () => {
    const ws = temp.file('w.parallax');
    expect((await run('init', ws)).status).toBe(0);
    seed(ws);
    const missing = await run('statements', ws, '--actor', 'Rouhani Hassan Jr');
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/No actor is named or also known as “Rouhani Hassan Jr”/);
  });
});
