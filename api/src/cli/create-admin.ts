import 'reflect-metadata';
import { eq } from 'drizzle-orm';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { DataDirLockedError } from '../db/data-dir-lock';
import { users } from '../db/schema';
import { seedWorkingCalendar } from '../db/seed/working-calendar';
import { createUser, normalizeEmail } from '../modules/auth/auth.service';
import { passwordProblem } from '../modules/auth/password-policy';

/**
 * Creates the first ADMIN on a real database:
 *   pnpm admin:create --email ops@example.com [--name "Ops"]   (password from OAP_ADMIN_PASSWORD or stdin)
 */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (input is not hidden; prefer piping it in): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const email = argument('email');
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    process.stderr.write('Usage: pnpm admin:create --email you@example.com [--name "Your Name"]\n');
    process.stderr.write('The password comes from OAP_ADMIN_PASSWORD or standard input.\n');
    process.exit(2);
  }
  const password = process.env.OAP_ADMIN_PASSWORD ?? (await readStdin());
  // The same policy as the admin's people pages: long enough, not a common password.
  const problem = passwordProblem(password, email);
  if (problem) {
    process.stderr.write(`${problem.message}\n`);
    process.exit(2);
  }
  const config = loadConfig(process.env, []);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: 1 });
  try {
    await database.migrate();
    // The working-day calendar is platform data from an installed package, written with the schema.
    await seedWorkingCalendar(database.db);
    const [existing] = await database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, normalizeEmail(email)));
    if (existing) {
      process.stderr.write(`A user with the email ${email} already exists.\n`);
      process.exitCode = 1;
      return;
    }
    await createUser(database.db, {
      email,
      displayName: argument('name') ?? email.split('@')[0] ?? email,
      password,
      roles: ['ADMIN'],
    });
    process.stdout.write(`Created ADMIN ${normalizeEmail(email)}.\n`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not create the admin: ${(error as Error).message}\n`);
  if (error instanceof DataDirLockedError)
    process.stderr.write(
      'admin:create opens the embedded database itself, and only one process may: stop the server, run pnpm admin:create, then start the server again.\n',
    );
  process.exit(1);
});
