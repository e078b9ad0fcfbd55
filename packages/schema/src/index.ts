export * from './reference/kbli';
export * from './reference/regions';
export * from './tenants';
