import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults that start the portal with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, DEMO_PASSWORD: 'jamsos-diy', SEED_DEMO: true });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('treats an empty variable as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reports every bad variable in one message, without echoing secrets', () => {
    const attempt = () => loadConfig({ PORT: 'abc', SEED_DEMO: 'maybe', DATABASE_URL: 'postgres//secret@host' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(
      /^Invalid configuration: .*PORT must be a number \(got "abc"\); .*SEED_DEMO must be true or false/,
    );
    expect(attempt).not.toThrow(/secret/);
  });
});
