import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_PACKAGE_ROOT, runtimeAssets, runtimeAssetsFor } from './package-layout';

describe('runtimeAssetsFor', () => {
  it('reads the workspace copies in the source tree', () => {
    expect(runtimeAssetsFor('/repo/api', true)).toEqual({
      migrationsDir: '/repo/drizzle',
      adminDistDir: '/repo/admin/dist',
    });
  });

  it('reads the staged copies in a deploy folder, wherever it was put', () => {
    expect(runtimeAssetsFor('/srv/oap', false)).toEqual({
      migrationsDir: '/srv/oap/deploy-assets/migrations',
      adminDistDir: '/srv/oap/deploy-assets/admin',
    });
  });
});

describe('runtimeAssets', () => {
  it('finds the committed migrations from the repository', () => {
    const { migrationsDir } = runtimeAssets();
    expect(path.basename(API_PACKAGE_ROOT)).toBe('api');
    expect(fs.existsSync(path.join(migrationsDir, 'meta', '_journal.json'))).toBe(true);
  });
});
