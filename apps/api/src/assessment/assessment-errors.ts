import { ProblemType } from '@passerelle/contracts';

import { AppError } from '../common/problem/app-error';

export class IntakeRequired extends AppError {
  constructor() {
    super(
      409,
      ProblemType.IntakeRequired,
      'Intake first',
      'Tell us a little about yourself first: the skills check starts after the intake.',
    );
  }
}

export class RetakeCooldown extends AppError {
  constructor(availableAt: Date) {
    super(
      409,
      ProblemType.RetakeCooldown,
      'Too early for a retake',
      `You can take the skills check again from ${availableAt.toISOString().slice(0, 10)}, or when your mentor resets it.`,
      undefined,
      { retakeAvailableAt: availableAt.toISOString() },
    );
  }
}

export class NotCurrentItem extends AppError {
  constructor(detail: string) {
    super(409, ProblemType.NotCurrentItem, 'Not the current question', detail);
  }
}

export class AttemptExpired extends AppError {
  constructor() {
    super(
      410,
      ProblemType.AttemptExpired,
      'Attempt expired',
      'This skills check was left open too long and has closed. Start a new one from the dashboard.',
    );
  }
}

export class NotEnoughAttempts extends AppError {
  constructor(completed: number, needed: number) {
    super(
      409,
      ProblemType.NotEnoughAttempts,
      'Not enough attempts yet',
      `A calibration needs at least ${needed} completed attempts; there are ${completed}. Try again when more learners have taken the skills check.`,
    );
  }
}
