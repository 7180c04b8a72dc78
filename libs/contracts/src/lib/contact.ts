import type { PersonRef } from './cohorts';

/**
 * How an employer may reach a learner once the learner accepts an interview invitation. Not
 * everyone has email: a phone number, or "through Passerelle" (the employer gets no personal
 * contact and is told to ask the learner's mentor, or the Passerelle team without one).
 */
export const ContactChannel = {
  Email: 'email',
  Phone: 'phone',
  Passerelle: 'passerelle',
} as const;
export type ContactChannel = (typeof ContactChannel)[keyof typeof ContactChannel];
export const CONTACT_CHANNELS: readonly ContactChannel[] = Object.values(ContactChannel);

/**
 * A phone number in international form (E.164): "+", the country code, then the number, at
 * most 15 digits in all. The one rule both the API and the portal check.
 */
export const PHONE_PATTERN = /^\+[1-9]\d{6,14}$/;

/** Spaces, dots, dashes and brackets people type between digits; a leading 00 becomes "+". */
export function normalisePhone(input: string): string {
  const compact = input.trim().replace(/[\s.\-()/]/g, '');
  return compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
}

/** Whether `input` is a phone number in international form, once normalised. */
export function isPhoneNumber(input: string): boolean {
  return PHONE_PATTERN.test(normalisePhone(input));
}

/** The channels a learner may choose: no "email" without an email, no "phone" without one. */
export function contactChannelsFor(has: { email: boolean; phone: boolean }): ContactChannel[] {
  return CONTACT_CHANNELS.filter(
    (c) => (c !== 'email' || has.email) && (c !== 'phone' || has.phone),
  );
}

/**
 * The channel in force: the learner's choice while it is still possible, else email when they
 * have one, else through Passerelle. Never a channel the learner cannot be reached on.
 */
export function effectiveContactChannel(
  chosen: ContactChannel | null,
  has: { email: boolean; phone: boolean },
): ContactChannel {
  const possible = contactChannelsFor(has);
  if (chosen && possible.includes(chosen)) return chosen;
  return has.email ? 'email' : 'passerelle';
}

export interface ContactRequest {
  /** International form (see `PHONE_PATTERN`), or null: no phone number. */
  phone: string | null;
  contactVia: ContactChannel;
}

/** The learner's contact settings, as they see them. Private until they accept an interview. */
export interface MyContactView {
  phone: string | null;
  /** The channel in force (see `effectiveContactChannel`). */
  contactVia: ContactChannel;
  /** The account's email, if any (it is changed elsewhere). */
  email: string | null;
  /** What the learner may choose now. */
  channels: ContactChannel[];
  updatedAt: string | null;
}

/**
 * Exactly what an organisation sees of how to reach a learner who accepted its interview
 * invitation, and so exactly what the learner is told is shared.
 */
export type SharedContact =
  | { via: 'email'; email: string }
  | { via: 'phone'; phone: string }
  | {
      via: 'passerelle';
      /** The learner's mentors (their cohorts), who pass messages on; empty: the Passerelle team. */
      mentors: (PersonRef & { email: string | null })[];
    };
