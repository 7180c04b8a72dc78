import { basename, resolve } from 'node:path';

import type {
  ExerciseImportService,
  ImportOutcome,
  ImportStatus,
  ImportTarget,
} from './exercise-import.service';

export const IMPORT_USAGE =
  'npm run exercises:import -- <folder> [--course <slug>] [--module <title>]';

export interface ImportArguments extends ImportTarget {
  /** Absolute. */
  folder: string;
}

/**
 * `<folder> [--course <slug>] [--module <title>]` (also `--course=<slug>`); the folder is read
 * relative to `cwd` (npm passes the caller's folder as INIT_CWD). Throws a one-line error.
 */
export function parseImportArguments(args: string[], cwd: string): ImportArguments {
  const options: Record<'course' | 'module', string | null> = { course: null, module: null };
  const folders: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const option = /^--(course|module)(?:=(.*))?$/.exec(arg);
    if (option) {
      const name = option[1] as 'course' | 'module';
      const value = option[2] ?? args[++i];
      if (
        value === undefined ||
        value.trim() === '' ||
        (option[2] === undefined && value.startsWith('--'))
      ) {
        throw new Error(`--${name} needs a value`);
      }
      options[name] = value.trim();
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}; usage: ${IMPORT_USAGE}`);
    } else {
      folders.push(arg);
    }
  }
  if (folders.length !== 1) throw new Error(`give one folder; usage: ${IMPORT_USAGE}`);
  return { folder: resolve(cwd, folders[0]), ...options };
}

/** One line per exercise, e.g. `imported  leap  → imported-exercises / Imported`. */
export function outcomeLine(outcome: Pick<ImportOutcome, 'slug' | 'status' | 'detail'>): string {
  const separator = outcome.status === 'refused' ? '' : '→ ';
  return `${outcome.status.padEnd(9)} ${outcome.slug.padEnd(24)} ${separator}${outcome.detail}`;
}

export function skippedLine(folder: string): string {
  return `${'skipped'.padEnd(9)} ${basename(folder).padEnd(24)} not an exercise (no .meta/config.json)`;
}

/** The last line, e.g. `3 exercises: 1 imported, 0 updated, 0 unchanged, 2 refused`. */
export function summaryLine(outcomes: Pick<ImportOutcome, 'status'>[]): string {
  const count = (status: ImportStatus) => outcomes.filter((o) => o.status === status).length;
  const statuses: ImportStatus[] = ['imported', 'updated', 'unchanged', 'refused'];
  const noun = outcomes.length === 1 ? 'exercise' : 'exercises';
  return `${outcomes.length} ${noun}: ${statuses.map((s) => `${count(s)} ${s}`).join(', ')}`;
}

/**
 * Imports the exercises found, writing a line for each and a summary; the exit code is 1 when
 * any exercise was refused (the others are saved all the same).
 */
export async function runImport(
  service: Pick<ExerciseImportService, 'importExercises'>,
  target: ImportTarget,
  found: { exercises: string[]; skipped: string[] },
  write: (line: string) => void,
): Promise<number> {
  for (const folder of found.skipped) write(skippedLine(folder));
  const outcomes = await service.importExercises(found.exercises, target, (outcome) =>
    write(outcomeLine(outcome)),
  );
  write(summaryLine(outcomes));
  return outcomes.some((outcome) => outcome.status === 'refused') ? 1 : 0;
}
