import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaSnapshot } from '../schema-snapshot';

const target = fileURLToPath(new URL('../schema.sql', import.meta.url));
writeFileSync(target, schemaSnapshot());
console.log(`wrote ${target}`);
