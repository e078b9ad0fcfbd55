export * from './reference/kbli';
export * from './reference/regions';
export * from './tenants';
export * from './validators/password';
