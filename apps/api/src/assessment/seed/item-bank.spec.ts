import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { catalogueCuts, DEFAULT_ENGINE_CONFIG } from '@passerelle/assessment';
import {
  ASSESSMENT_COMPETENCES,
  COMPETENCE_AREAS,
  type CompetenceArea,
  isLanguageCode,
} from '@passerelle/contracts';

import { JAVASCRIPT_FOUNDATIONS } from '../../coding/seed/javascript-foundations';
import { DIGITAL_BASICS } from '../../learning/seed/digital-basics';
import { SEED_EXPOSURE_CONTROL } from './exposure-control';
import { ASSESSMENT_ITEMS, IRT_BOUNDS, SEED_LANGUAGES, type SeedAssessmentItem } from './index';

const IMAGE_DIR = join(__dirname, '../../../../portal/public/assessment');
const IMAGE_MAX_BYTES = 6 * 1024;
const KEY_PREFIX: Record<CompetenceArea, string> = {
  information: 'info-',
  communication: 'comm-',
  'content-creation': 'content-',
  safety: 'safety-',
  'problem-solving': 'ps-',
  coding: 'coding-',
};
const PLACEHOLDER = /\b(todo|tbd|fixme|xxx|lorem|ipsum)\b|\?\?\?|\{\{|\}\}|\[(en|fr|ar)\]/i;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

/** Runs `check` on every item and returns its complaints, each prefixed with the item's key. */
function problems(check: (item: SeedAssessmentItem) => string[]): string[] {
  return ASSESSMENT_ITEMS.flatMap((item) => check(item).map((p) => `${item.key}: ${p}`));
}

function countBy<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

describe('assessment seed item bank', () => {
  it('has at least 120 items, and at least 20 in every area including coding readiness', () => {
    expect(ASSESSMENT_ITEMS.length).toBeGreaterThanOrEqual(120);
    const perArea = countBy(ASSESSMENT_ITEMS.map((i) => i.area));
    const short = COMPETENCE_AREAS.filter((area) => (perArea.get(area) ?? 0) < 20).map(
      (area) => `${area}: ${perArea.get(area) ?? 0} items`,
    );
    expect(short).toEqual([]);
  });

  it('gives every item a unique, well-formed key named after its area', () => {
    const duplicates = [...countBy(ASSESSMENT_ITEMS.map((i) => i.key))]
      .filter(([, n]) => n > 1)
      .map(([key]) => key);
    expect(duplicates).toEqual([]);
    expect(
      problems((item) => [
        ...(/^[a-z0-9]+(-[a-z0-9]+)*-\d{2}$/.test(item.key) ? [] : ['key is not kebab-case-nn']),
        ...(item.key.startsWith(KEY_PREFIX[item.area]) ? [] : ['key does not name its area']),
      ]),
    ).toEqual([]);
  });

  it('places every item in a competence of its own area', () => {
    expect(
      problems((item) =>
        ASSESSMENT_COMPETENCES[item.competence]?.area === item.area
          ? []
          : [`competence ${item.competence} is not in area ${item.area}`],
      ),
    ).toEqual([]);
  });

  it('keeps IRT parameters provisional and within bounds, with guessing only where it is plausible', () => {
    expect(
      problems(({ irt, kind }) => {
        const out: string[] = [];
        if (irt.provisional !== true) out.push('parameters are not marked provisional');
        if (!(irt.a >= IRT_BOUNDS.aMin && irt.a <= IRT_BOUNDS.aMax)) out.push(`a = ${irt.a}`);
        if (!(irt.b >= IRT_BOUNDS.bMin && irt.b <= IRT_BOUNDS.bMax)) out.push(`b = ${irt.b}`);
        if (irt.c !== undefined) {
          if (!(irt.c > 0 && irt.c <= IRT_BOUNDS.cMax)) out.push(`c = ${irt.c}`);
          if (kind !== 'single' && kind !== 'picture') out.push(`c on a ${kind} item`);
        }
        return out;
      }),
    ).toEqual([]);
  });

  it('spreads difficulty in every area: ≥ 4 very easy (b ≤ −1.5) and ≥ 4 hard (b ≥ 1.0)', () => {
    const short = COMPETENCE_AREAS.flatMap((area) => {
      const bs = ASSESSMENT_ITEMS.filter((i) => i.area === area).map((i) => i.irt.b);
      const veryEasy = bs.filter((b) => b <= -1.5).length;
      const hard = bs.filter((b) => b >= 1.0).length;
      return [
        ...(veryEasy < 4 ? [`${area}: ${veryEasy} very easy`] : []),
        ...(hard < 4 ? [`${area}: ${hard} hard`] : []),
      ];
    });
    expect(short).toEqual([]);
  });

  it('has items without guessing near the level-group boundaries placement decides on (θ = −1 and 1)', () => {
    // An item tells most about θ near its b, and a guessing floor (c > 0) costs information most
    // below b: a decision needs items there that cannot be passed by chance.
    const short = COMPETENCE_AREAS.flatMap((area) =>
      [-1, 1].flatMap((theta) => {
        const near = ASSESSMENT_ITEMS.filter(
          (i) => i.area === area && Math.abs(i.irt.b - theta) <= 0.5,
        );
        const noGuessing = near.filter((i) => !i.irt.c).length;
        return near.length < 4 || noGuessing < 2
          ? [`${area} at θ = ${theta}: ${near.length} items, ${noGuessing} without guessing`]
          : [];
      }),
    );
    expect(short).toEqual([]);
  });

  it('has items without guessing near every cut the seeded catalogue recommends courses on', () => {
    // A course is recommended on the θ where its entry and target levels start (the JavaScript
    // course: −2 and 0 in coding and problem solving); the engine decides each area on those too.
    const cuts = catalogueCuts(
      [DIGITAL_BASICS.course, JAVASCRIPT_FOUNDATIONS.course].map((course) => ({
        id: course.slug,
        levels: course.levels,
      })),
      DEFAULT_ENGINE_CONFIG.levelCuts,
    );
    const short = Object.entries(cuts).flatMap(([area, list]) =>
      (list ?? []).flatMap((theta) => {
        const near = ASSESSMENT_ITEMS.filter(
          (i) => i.area === area && Math.abs(i.irt.b - theta) <= 0.5,
        );
        const noGuessing = near.filter((i) => !i.irt.c).length;
        return near.length < 4 || noGuessing < 3
          ? [`${area} at θ = ${theta}: ${near.length} items, ${noGuessing} without guessing`]
          : [];
      }),
    );
    expect(Object.keys(cuts)).toEqual(expect.arrayContaining(['coding', 'problem-solving']));
    expect(short).toEqual([]);
  });

  it('writes every item in English, French and Arabic, with the same options in each', () => {
    expect(
      problems(({ translations, kind }) => {
        const out: string[] = [];
        for (const code of Object.keys(translations)) {
          if (!isLanguageCode(code)) out.push(`unknown language ${code}`);
        }
        const counts = new Set<number>();
        for (const language of SEED_LANGUAGES) {
          const text = translations[language];
          if (!text) {
            out.push(`no ${language} text`);
            continue;
          }
          counts.add(text.options.length);
          if (text.prompt.trim() === '') out.push(`${language} prompt is empty`);
          if (text.options.some((o) => o.trim() === ''))
            out.push(`${language} has an empty option`);
          if (new Set(text.options).size !== text.options.length) {
            out.push(`${language} options repeat`);
          }
          if (text.options.length < 3 || text.options.length > 5) {
            out.push(`${language} has ${text.options.length} options`);
          }
        }
        if (counts.size > 1) out.push(`option counts differ: ${[...counts].join(', ')}`);
        if (translations.fr && translations.fr.prompt === translations.en?.prompt) {
          out.push('fr prompt is the English one');
        }
        if (translations.ar && !ARABIC_SCRIPT.test(translations.ar.prompt)) {
          out.push('ar prompt has no Arabic script');
        }
        if (kind === 'ordering' && translations.en && translations.en.options.length < 3) {
          out.push('ordering with fewer than 3 steps');
        }
        return out;
      }),
    ).toEqual([]);
  });

  it('has no leftover placeholder text anywhere', () => {
    expect(
      problems(({ translations }) =>
        Object.entries(translations).flatMap(([language, text]) =>
          [text?.prompt ?? '', ...(text?.options ?? []), text?.alt ?? '']
            .filter((s) => PLACEHOLDER.test(s))
            .map((s) => `${language} placeholder in "${s}"`),
        ),
      ),
    ).toEqual([]);
  });

  it('has answers that fit the kind of item', () => {
    expect(
      problems(({ kind, answer, translations }) => {
        const n = translations.en?.options.length ?? 0;
        const inRange = answer.every((i) => Number.isInteger(i) && i >= 0 && i < n);
        const distinct = new Set(answer).size === answer.length;
        if (!inRange) return [`answer ${answer.join(',')} out of range for ${n} options`];
        if (!distinct) return ['answer repeats an option'];
        switch (kind) {
          case 'single':
          case 'picture':
            return answer.length === 1 ? [] : ['needs exactly one right option'];
          case 'multiple':
            // Every option right (or none) would test nothing.
            return answer.length >= 1 && answer.length < n ? [] : ['needs some, not all, options'];
          case 'ordering':
            return answer.length === n ? [] : ['must order every option'];
          default:
            return [`unknown kind ${String(kind)}`];
        }
      }),
    ).toEqual([]);
  });

  it('does not favour one answer position in single-answer items', () => {
    const singles = ASSESSMENT_ITEMS.filter((i) => i.kind === 'single' || i.kind === 'picture');
    const favoured = [...countBy(singles.map((i) => i.answer[0]))]
      .filter(([, count]) => count / singles.length > 0.4)
      .map(([position, count]) => `option ${position} is right in ${count} of ${singles.length}`);
    expect(favoured).toEqual([]);
  });

  it('shows code in Latin script only, the same for every language', () => {
    expect(
      problems(({ code }) =>
        code === undefined
          ? []
          : [
              ...(code.trim() === '' ? ['code is empty'] : []),
              ...(ARABIC_SCRIPT.test(code) ? ['code is not in Latin script'] : []),
            ],
      ),
    ).toEqual([]);
  });

  describe('picture items', () => {
    const pictures = ASSESSMENT_ITEMS.filter((i) => i.kind === 'picture');

    it('has at least 12, each with its own image named after it and alt text in every language', () => {
      expect(pictures.length).toBeGreaterThanOrEqual(12);
      expect(
        problems(({ kind, image, key, translations }) => {
          if (kind !== 'picture') {
            return image === undefined && SEED_LANGUAGES.every((l) => !translations[l]?.alt)
              ? []
              : ['image or alt text on an item that is not a picture item'];
          }
          return [
            ...(image === `${key}.svg` ? [] : [`image ${image} is not ${key}.svg`]),
            ...SEED_LANGUAGES.filter((l) => !translations[l]?.alt?.trim()).map(
              (l) => `no ${l} alt text`,
            ),
          ];
        }),
      ).toEqual([]);
    });

    it('ships every image: small, self-contained SVG without scripts or outside references', () => {
      const files = new Set(readdirSync(IMAGE_DIR));
      expect(
        problems(({ image }) => {
          if (image === undefined) return [];
          if (!files.has(image)) return [`${image} is missing`];
          const path = join(IMAGE_DIR, image);
          const svg = readFileSync(path, 'utf8');
          const out: string[] = [];
          if (statSync(path).size >= IMAGE_MAX_BYTES) out.push(`${image} is 6 kB or more`);
          if (!svg.trimStart().startsWith('<svg')) out.push(`${image} does not start with <svg`);
          if (/<script/i.test(svg)) out.push(`${image} has a script`);
          if (/href="http/i.test(svg)) out.push(`${image} links outside`);
          if (/@import|@font-face|url\(\s*['"]?(https?:|data:)/i.test(svg)) {
            out.push(`${image} loads a style, font or resource`);
          }
          if (/<foreignObject|<image\b|\son[a-z]+\s*=/i.test(svg)) {
            out.push(`${image} embeds content or event handlers`);
          }
          return out;
        }),
      ).toEqual([]);
    });

    it('uses every SVG in the image folder', () => {
      const used = new Set(pictures.map((i) => i.image));
      const unused = readdirSync(IMAGE_DIR).filter((f) => f.endsWith('.svg') && !used.has(f));
      expect(unused).toEqual([]);
    });
  });

  it('has exposure-control parameters only for its own items, each in (0, 1]', () => {
    const keys = new Set(ASSESSMENT_ITEMS.map((item) => item.key));
    const entries = Object.entries(SEED_EXPOSURE_CONTROL);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.filter(([key, k]) => !keys.has(key) || !(k > 0 && k <= 1))).toEqual([]);
  });
});
