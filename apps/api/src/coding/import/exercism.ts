import { type ExerciseDefinition, SOURCE_MAX_LENGTH } from '@passerelle/contracts';

/**
 * Reading an exercise laid out the way the Exercism JavaScript track lays out
 * `exercises/practice/<slug>/`: the stub, the spec, `.meta/proof.ci.js` (the example solution),
 * `.meta/config.json` naming those files, and `.docs/`. Pure: the caller reads the files.
 */

export const CONFIG_FILE = '.meta/config.json';
export const INSTRUCTIONS_FILE = '.docs/instructions.md';
/** Optional documents, read when present. */
export const INTRODUCTION_FILE = '.docs/introduction.md';
export const INSTRUCTIONS_APPEND_FILE = '.docs/instructions.append.md';
export const HINTS_FILE = '.docs/hints.md';

/** Specs and documents longer than this are refused (the sources have SOURCE_MAX_LENGTH). */
const TEXT_MAX_LENGTH = 200_000;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** What the import uses of `.meta/config.json`: paths relative to the exercise folder. */
export interface ExercismConfig {
  solution: string;
  test: string;
  example: string;
  /** A title, when the config gives one (practice exercises usually do not). */
  title: string | null;
}

/** The files of one exercise, by their path in its folder; missing files are absent. */
export type ExerciseFiles = Readonly<Record<string, string | undefined>>;

export interface ImportedExercise {
  slug: string;
  /** Identifies the exercise across re-imports, e.g. `exercism:two-fer`. */
  origin: string;
  /** In English, as the track writes it. */
  title: string;
  definition: ExerciseDefinition;
  /** The example solution: graded before saving, never saved. */
  proof: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function originOf(slug: string): string {
  return `exercism:${slug}`;
}

/** `two-fer` → `Two Fer`. */
export function titleFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `.meta/config.json`: exactly one solution, test and example file, all JavaScript. */
export function parseExercismConfig(text: string): Parsed<ExercismConfig> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: [`${CONFIG_FILE} is not valid JSON`] };
  }
  if (!isRecord(json) || !isRecord(json['files'])) {
    return { ok: false, problems: [`${CONFIG_FILE} has no "files" object`] };
  }
  const files = json['files'];
  const problems: string[] = [];
  const one = (key: string, topLevel: boolean): string => {
    const list = files[key];
    if (!Array.isArray(list) || list.length === 0 || list.some((f) => typeof f !== 'string')) {
      problems.push(`${CONFIG_FILE} names no files.${key}`);
      return '';
    }
    if (list.length > 1) {
      problems.push(`${CONFIG_FILE} names ${list.length} files.${key}; only one is supported`);
      return '';
    }
    const path = (list[0] as string).replace(/^\.\//, '');
    if (path.startsWith('/') || path.split('/').includes('..')) {
      problems.push(`files.${key} "${path}" is outside the exercise folder`);
    } else if (topLevel && path.includes('/')) {
      problems.push(`files.${key} "${path}" must be at the top of the exercise folder`);
    } else if (!path.endsWith('.js')) {
      problems.push(`files.${key} "${path}" is not a JavaScript (.js) file`);
    }
    return path;
  };
  const solution = one('solution', true);
  const test = one('test', true);
  // Practice exercises name an example; concept exercises an exemplar.
  const example = one(
    files['example'] === undefined && files['exemplar'] !== undefined ? 'exemplar' : 'example',
    false,
  );
  const title = [json['title'], json['name']].find(
    (t): t is string => typeof t === 'string' && t.trim() !== '',
  );
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { solution, test, example, title: title?.trim() ?? null } };
}

/** The files `toImportedExercise` needs, once the config is read. */
export function filesToRead(config: ExercismConfig): string[] {
  return [
    config.solution,
    config.test,
    config.example,
    INTRODUCTION_FILE,
    INSTRUCTIONS_FILE,
    INSTRUCTIONS_APPEND_FILE,
    HINTS_FILE,
  ];
}

/** Exercise names a track's `config.json` gives, by slug; empty when it is not one. */
export function trackExerciseNames(text: string): Map<string, string> {
  const names = new Map<string, string>();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return names;
  }
  if (!isRecord(json) || !isRecord(json['exercises'])) return names;
  for (const list of Object.values(json['exercises'])) {
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (isRecord(entry) && typeof entry['slug'] === 'string' && typeof entry['name'] === 'string')
        names.set(entry['slug'], entry['name']);
    }
  }
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the spec imports (or requires) the solution as `./<name>` or `./<name>.js`. */
export function importsSolution(spec: string, solutionFile: string): boolean {
  const name = escapeRegExp(solutionFile.replace(/\.js$/, ''));
  return new RegExp(
    `(?:\\bfrom|\\bimport\\s*\\(?|\\brequire\\s*\\()\\s*['"]\\./${name}(?:\\.js)?['"]`,
  ).test(spec);
}

/**
 * Hints from `.docs/hints.md`: each top-level list item is one hint (with what is indented
 * under it); headings are dropped. Without any list, each paragraph is one hint.
 */
export function hintsFrom(markdown: string): string[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const item = /^(?:[-*+]|\d+[.)])\s+(.*)$/;
  const hints: string[] = [];
  let current: string[] | null = null;
  let blank = false;
  for (const line of lines) {
    const start = item.exec(line);
    if (start) {
      current = [start[1]];
      hints.push('');
      blank = false;
    } else if (current && line.trim() === '') {
      blank = true;
    } else if (current && (/^\s/.test(line) || (!blank && !line.startsWith('#')))) {
      if (blank) current.push('');
      current.push(line.replace(/^ {1,4}/, ''));
      blank = false;
    } else {
      current = null;
    }
    if (current) hints[hints.length - 1] = current.join('\n').trim();
  }
  if (hints.length > 0) return hints.filter(Boolean);
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * The exercise as Passerelle stores it, or every problem that stops the import. Learners see
 * the spec (as on Exercism), so it becomes the example tests and there are no hidden tests.
 */
export function toImportedExercise(
  slug: string,
  config: ExercismConfig,
  files: ExerciseFiles,
  trackTitle?: string,
): Parsed<ImportedExercise> {
  const problems: string[] = [];
  if (!SLUG.test(slug)) {
    problems.push(`the folder name "${slug}" is not a slug (lower-case letters, digits, dashes)`);
  }
  const read = (path: string, namedBy: string | null, max: number): string => {
    const text = files[path];
    if (text === undefined) {
      problems.push(`${path} is missing${namedBy ? ` (named by files.${namedBy})` : ''}`);
      return '';
    }
    if (text.length > max) problems.push(`${path} is longer than ${max} characters`);
    return text;
  };
  const starter = read(config.solution, 'solution', SOURCE_MAX_LENGTH);
  const spec = read(config.test, 'test', TEXT_MAX_LENGTH);
  const proof = read(config.example, 'example', SOURCE_MAX_LENGTH);
  const instructions = read(INSTRUCTIONS_FILE, null, TEXT_MAX_LENGTH);
  if (files[config.test] !== undefined && !importsSolution(spec, config.solution)) {
    problems.push(
      `${config.test} does not import the solution as './${config.solution.replace(/\.js$/, '')}'`,
    );
  }
  if (files[INSTRUCTIONS_FILE] !== undefined && !instructions.trim()) {
    problems.push(`${INSTRUCTIONS_FILE} is empty`);
  }
  const optional = [INTRODUCTION_FILE, INSTRUCTIONS_APPEND_FILE, HINTS_FILE];
  for (const path of optional) {
    if ((files[path]?.length ?? 0) > TEXT_MAX_LENGTH) {
      problems.push(`${path} is longer than ${TEXT_MAX_LENGTH} characters`);
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const prompt = [files[INTRODUCTION_FILE], instructions, files[INSTRUCTIONS_APPEND_FILE]]
    .map((text) => text?.replace(/\r\n?/g, '\n').trim())
    .filter(Boolean)
    .join('\n\n');
  const title = config.title ?? trackTitle?.trim() ?? titleFromSlug(slug);
  return {
    ok: true,
    value: {
      slug,
      origin: originOf(slug),
      title: title || titleFromSlug(slug),
      proof,
      definition: {
        language: 'javascript',
        solutionFile: config.solution,
        starter,
        exampleTests: spec,
        hiddenTests: '',
        translations: { en: { prompt, hints: hintsFrom(files[HINTS_FILE] ?? '') } },
      },
    },
  };
}
