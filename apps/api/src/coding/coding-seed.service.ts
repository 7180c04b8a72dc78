import { Injectable } from '@nestjs/common';
import { type AccountView, ItemKind } from '@passerelle/contracts';

import { LearningSeedService } from '../learning/learning-seed.service';
import { Exercise } from './entities/exercise.entity';
import { JAVASCRIPT_FOUNDATIONS } from './seed/javascript-foundations';

/** The demo course of the code track, published, with its exercises. */
@Injectable()
export class CodingSeedService {
  constructor(private readonly learning: LearningSeedService) {}

  async seedDemoCourses(author: Pick<AccountView, 'id'> | null): Promise<string[]> {
    const seed = JAVASCRIPT_FOUNDATIONS;
    const added = await this.learning.addPublishedCourse(
      {
        course: seed.course,
        modules: seed.modules.map((module) => ({
          translations: module.translations,
          items: module.exercises.map((entry) => ({
            kind: ItemKind.Exercise,
            translations: entry.translations,
            exercise: entry.exercise,
          })),
        })),
      },
      author,
      (em, item, source) =>
        em
          .save(em.create(Exercise, { itemId: item.id, definition: source.exercise }))
          .then(() => undefined),
    );
    return added ? [seed.course.slug] : [];
  }
}
