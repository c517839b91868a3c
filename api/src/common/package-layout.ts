import fs from 'node:fs';
import path from 'node:path';

/** The files the server reads at run time besides its code: the SQL migrations and the built admin. */
export interface RuntimeAssets {
  migrationsDir: string;
  adminDistDir: string;
}

/**
 * Folder of the API package's staged copies (written by `pnpm build`, listed in `files`), so
 * that `pnpm --filter @oap/api deploy --prod <dir>` carries them into the production folder.
 */
export const STAGED_ASSETS_DIR = 'deploy-assets';

/**
 * Where the runtime assets are for an API package at `packageRoot`. In the source tree (the
 * package has its `src/`) they are the workspace's own `drizzle/` and `admin/dist/`, never the
 * staged copies, which go stale as soon as a migration is generated or the admin rebuilt. A
 * deployed package has no `src/` (`files` leaves it out) and only the copies staged in it.
 */
export function runtimeAssetsFor(packageRoot: string, isSourceTree: boolean): RuntimeAssets {
  if (isSourceTree) {
    const workspaceRoot = path.resolve(packageRoot, '..');
    return {
      migrationsDir: path.join(workspaceRoot, 'drizzle'),
      adminDistDir: path.join(workspaceRoot, 'admin', 'dist'),
    };
  }
  const staged = path.resolve(packageRoot, STAGED_ASSETS_DIR);
  return { migrationsDir: path.join(staged, 'migrations'), adminDistDir: path.join(staged, 'admin') };
}

/** This process's API package: api/ in the repository, or the deploy folder. */
export const API_PACKAGE_ROOT = path.resolve(__dirname, '..', '..');

/** The runtime assets of the running API package (src/common or dist/common → two levels up). */
export function runtimeAssets(): RuntimeAssets {
  return runtimeAssetsFor(API_PACKAGE_ROOT, fs.existsSync(path.join(API_PACKAGE_ROOT, 'src')));
}
