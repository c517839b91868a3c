import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const primary = 'postgres://oap@db.internal:5432/oap';

describe('DATABASE_READ_URL', () => {
  it('is off unless set', () => {
    const config = loadConfig({ DATABASE_URL: primary }, []);
    expect(config.database.readUrl).toBeUndefined();
    expect(config.database.readMaxLagMs).toBe(10_000);
  });

  it('takes a replica of a real server, with its lag bound', () => {
    const config = loadConfig(
      {
        DATABASE_URL: primary,
        DATABASE_READ_URL: 'postgresql://oap@replica.internal/oap',
        DATABASE_READ_MAX_LAG_MS: '2500',
      },
      [],
    );
    expect(config.database.readUrl).toBe('postgresql://oap@replica.internal/oap');
    expect(config.database.readMaxLagMs).toBe(2500);
  });

  it('refuses a replica of the embedded database, a URL of another kind and a zero lag bound', () => {
    expect(() => loadConfig({ DATABASE_READ_URL: 'postgres://replica/oap' }, [])).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_READ_URL: 'mysql://replica/oap' }, [])).toThrow(
      /must be a postgres:\/\/ URL/,
    );
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_READ_MAX_LAG_MS: '0' }, [])).toThrow(
      /DATABASE_READ_MAX_LAG_MS must be at least 1/,
    );
  });
});
