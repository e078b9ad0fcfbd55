/**
 * Which notices a person may also have by email (chosen on their profile page), and which
 * choice each kind of notice falls under. A new kind of notice opts in with one line in
 * `EMAIL_NOTICE_OF_KIND` (and, for a new choice, one in `EMAIL_NOTICE_CHOICES` with its words).
 */
export const EMAIL_NOTICE_CHOICES = ['TASK_ASSIGNED', 'TASK_OVERDUE', 'TASK_DONE', 'ENROLMENT'] as const;
export type EmailNoticeChoice = (typeof EMAIL_NOTICE_CHOICES)[number];

export const EMAIL_LANGUAGES = ['id', 'en'] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number];

export const EMAIL_NOTICE_OF_KIND: Readonly<
  Record<string, (params: Readonly<Record<string, string | undefined>>) => EmailNoticeChoice | null>
> = {
  TASK_ASSIGNED: () => 'TASK_ASSIGNED',
  TASK_ASSIGNED_TO_YOU: () => 'TASK_ASSIGNED',
  OVERDUE: () => 'TASK_OVERDUE',
  STATUS_CHANGED: (params) => (params.to === 'DONE' ? 'TASK_DONE' : null),
  // Enrolment requests (issue 17): received by the office, processed, assistance cover ending.
  ENROLMENT_RECEIVED: () => 'ENROLMENT',
  ENROLMENT_PROCESSED: () => 'ENROLMENT',
  ASSISTANCE_RENEWAL: () => 'ENROLMENT',
};

/** The choice a notice falls under, or null when that kind never goes by email. */
export function emailNoticeChoice(
  kind: string,
  params: Readonly<Record<string, string | undefined>>,
): EmailNoticeChoice | null {
  return EMAIL_NOTICE_OF_KIND[kind]?.(params) ?? null;
}

export function isEmailNoticeChoice(value: string): value is EmailNoticeChoice {
  return (EMAIL_NOTICE_CHOICES as readonly string[]).includes(value);
}
