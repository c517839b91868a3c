// Imported first by main.ts, before graphql and express load: a server process runs in production
// mode unless told otherwise. graphql-js picks its development-only instanceof checks at load
// time (about 2% of the accounts page's CPU), and express its development defaults.
process.env.NODE_ENV ??= 'production';
