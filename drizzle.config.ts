import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new migration into drizzle/ from the schema; commit it.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './drizzle',
  strict: true,
});
