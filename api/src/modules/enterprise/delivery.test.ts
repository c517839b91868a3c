import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config';
import { deliveryProvider } from './delivery';

describe('the delivery provider and the code secret in config', () => {
  it('defaults to the outbox, and refuses a provider it does not have', () => {
    const config = loadConfig({}, []);
    expect(config.enterprise).toEqual({ deliveryProvider: 'outbox', codeSecret: undefined });
    expect(deliveryProvider(config.enterprise.deliveryProvider).name).toBe('outbox');
    expect(() => loadConfig({ DELIVERY_PROVIDER: 'carrier-pigeon' }, [])).toThrow(
      /DELIVERY_PROVIDER must be one of outbox/,
    );
  });

  it('takes a code secret of at least 32 characters', () => {
    const secret = 'x'.repeat(32);
    expect(loadConfig({ VERIFICATION_CODE_SECRET: secret }, []).enterprise.codeSecret).toBe(secret);
    expect(() => loadConfig({ VERIFICATION_CODE_SECRET: 'short' }, [])).toThrow(/at least 32/);
  });
});
