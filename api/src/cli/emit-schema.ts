import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from '../schema';

/** Writes schema/schema.graphql, the contract the admin is typed from. `--check` fails on drift. */
async function main(): Promise<void> {
  const target = path.resolve(__dirname, '..', '..', '..', 'schema', 'schema.graphql');
  const emitted = printAppSchema(await buildAppSchema());
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (committed !== emitted) {
      process.stderr.write('schema/schema.graphql differs from what the code emits: run `pnpm schema:emit`.\n');
      process.exit(1);
    }
    return;
  }
  fs.writeFileSync(target, emitted);
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}

void main();
