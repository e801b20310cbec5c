/**
 * One of several processes writing to the same workspace at once (two-writers.test.ts runs it
 * with tsx): `writer.ts WORKSPACE NAME COUNT`. It opens the workspace as the CLI and the app
 * do, prints `ready`, waits for WORKSPACE.go to appear (so that all writers start together),
 * then makes COUNT sources and statements, alternately. After each call returns it prints
 * `done source|statement ID` (the write is committed) or `error CODE MESSAGE`.
 */
import { existsSync } from 'node:fs';
import { createService } from '../../core/service';
import { toParallaxError } from '../../core/errors';
import { openWorkspace } from '../../db/workspace';

const [path, name, countArg] = process.argv.slice(2) as [string, string, string];
const service = createService(openWorkspace(path), { author: name });
const client = service.client;
const say = (line: string) => process.stdout.write(`${line}\n`);

say('ready');
while (!existsSync(`${path}.go`)) await new Promise((resolve) => setTimeout(resolve, 5));

const speaker = client.createActor({ name: `Speaker ${name}` });
say(`done actor ${speaker.id}`);
for (let i = 0; i < Number(countArg); i++) {
  try {
    if (i % 2 === 0) {
      const source = client.createSource({ title: `${name} source ${i}`, body: `Text ${i}.` });
      say(`done source ${source.id}`);
    } else {
      const statement = client.createStatement({
        speakerId: speaker.id,
        text: `${name} said thing number ${i}`,
      });
      say(`done statement ${statement.id}`);
    }
  } catch (error) {
    const failure = toParallaxError(error);
    say(`error ${failure.code} ${failure.message}`);
  }
}
service.close();
