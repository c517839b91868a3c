// Every table, in one module, for drizzle's relational queries and drizzle-kit.

export * from './tables/accounts';
export * from './tables/articles';
export * from './tables/audit';
export * from './tables/auth';
export * from './tables/calendar';
export * from './tables/certifications';
export * from './tables/enterprise';
export * from './tables/moderation-tools';
export * from './tables/reprint-requests';
export * from './tables/rules';
export * from './tables/scheduler';
export * from './tables/violations';
