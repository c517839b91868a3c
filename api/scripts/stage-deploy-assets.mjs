// Copies what the server reads at run time from outside the API package (the SQL migrations at
// the workspace root, the built admin) into api/deploy-assets/, which `files` in package.json
// lists: `pnpm --filter @oap/api deploy --prod <dir>` copies only the package's own files. Run by
// `pnpm build` after both builds; the source tree itself never reads these copies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const apiRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const workspaceRoot = path.resolve(apiRoot, '..');
const target = path.join(apiRoot, 'deploy-assets');
const migrations = path.join(workspaceRoot, 'drizzle');
const admin = path.join(workspaceRoot, 'admin', 'dist');

if (!fs.existsSync(path.join(admin, 'index.html'))) {
  process.stderr.write(`${path.relative(workspaceRoot, admin)} is missing: build the admin first (pnpm build)\n`);
  process.exit(1);
}
fs.rmSync(target, { recursive: true, force: true });
// The migrator reads the journal and the .sql files; drizzle-kit's snapshots are for generating.
fs.cpSync(migrations, path.join(target, 'migrations'), {
  recursive: true,
  filter: (source) => !source.endsWith('_snapshot.json'),
});
fs.cpSync(admin, path.join(target, 'admin'), { recursive: true });
process.stdout.write(`staged migrations and the admin in ${path.relative(workspaceRoot, target)}/\n`);
