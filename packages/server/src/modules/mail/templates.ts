/** The portal's email, in the recipient's language; every message has a plain-text part. */
export type MailLanguage = 'id' | 'en';

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface TemplateParams {
  invitation: { organization: string; url: string; days: number };
  passwordReset: { name: string; url: string; minutes: number };
  notice: {
    kind: string;
    title: string;
    url: string;
    organization?: string;
    to?: string;
    dueOn?: string;
    excerpt?: string;
    /** Enrolment notices: workers in the request, registered, rejected (as text). */
    count?: string;
    registered?: string;
    rejected?: string;
  };
  digest: {
    organization: string;
    url: string;
    workers: number;
    enrolled: number;
    enrolledThisWeek: number;
    open: number;
    overdue: number;
  };
}
export type TemplateName = keyof TemplateParams;

const PORTAL = { id: 'Portal Kemitraan Jaminan Sosial DIY', en: 'Portal Kemitraan Jaminan Sosial DIY' };

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Paragraphs and one link, as text and as simple HTML. */
function compose(
  subject: string,
  paragraphs: string[],
  link: { label: string; url: string },
  footer: string,
): RenderedMail {
  const text = [...paragraphs, `${link.label}: ${link.url}`, '', '--', footer].join('\n\n');
  const html = [
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
    `<p style="color:#5b6761;font-size:small">${escapeHtml(footer)}</p>`,
  ].join('\n');
  return { subject, text, html };
}

const STATUS: Record<MailLanguage, Record<string, string>> = {
  id: {
    OPEN: 'Baru',
    ACCEPTED: 'Diterima',
    IN_PROGRESS: 'Dikerjakan',
    DONE: 'Selesai',
    DECLINED: 'Ditolak',
    CANCELLED: 'Dibatalkan',
  },
  en: {
    OPEN: 'Open',
    ACCEPTED: 'Accepted',
    IN_PROGRESS: 'In progress',
    DONE: 'Done',
    DECLINED: 'Declined',
    CANCELLED: 'Cancelled',
  },
};

function noticeSentence(lang: MailLanguage, p: TemplateParams['notice']): string {
  const id = lang === 'id';
  switch (p.kind) {
    case 'TASK_ASSIGNED':
      return id
        ? `Tugas baru dari ${p.organization ?? ''}: ${p.title}`
        : `A new task from ${p.organization ?? ''}: ${p.title}`;
    case 'TASK_ASSIGNED_TO_YOU':
      return id ? `Tugas untuk Anda: ${p.title}` : `A task for you: ${p.title}`;
    case 'OVERDUE':
      return id ? `Lewat tenggat (${p.dueOn ?? ''}): ${p.title}` : `Overdue (due ${p.dueOn ?? ''}): ${p.title}`;
    case 'STATUS_CHANGED':
      return id
        ? `${p.title}: sekarang ${STATUS.id[p.to ?? ''] ?? p.to}`
        : `${p.title}: now ${STATUS.en[p.to ?? ''] ?? p.to}`;
    case 'ENROLMENT_RECEIVED':
      return id
        ? `Pengajuan kepesertaan dari ${p.organization ?? ''}: ${p.count ?? ''} pekerja (${p.title})`
        : `An enrolment request from ${p.organization ?? ''}: ${p.count ?? ''} workers (${p.title})`;
    case 'ENROLMENT_PROCESSED':
      return id
        ? `${p.organization ?? ''} memproses pengajuan Anda: ${p.registered ?? '0'} terdaftar, ${p.rejected ?? '0'} ditolak (${p.title})`
        : `${p.organization ?? ''} processed your request: ${p.registered ?? '0'} registered, ${p.rejected ?? '0'} rejected (${p.title})`;
    case 'ASSISTANCE_RENEWAL':
      return id
        ? `Bantuan iuran berakhir dalam 30 hari: ${p.count ?? ''} pekerja (${p.title})`
        : `Assistance cover ends within 30 days: ${p.count ?? ''} workers (${p.title})`;
    default:
      return p.title;
  }
}

/** The words of a notice email's link: what it opens. */
function noticeLink(lang: MailLanguage, kind: string): string {
  const enrolment = kind.startsWith('ENROLMENT_') || kind === 'ASSISTANCE_RENEWAL';
  if (lang === 'id') return enrolment ? 'Buka pengajuan' : 'Buka tugas';
  return enrolment ? 'Open the request' : 'Open the task';
}

export function render<T extends TemplateName>(
  template: T,
  lang: MailLanguage,
  params: TemplateParams[T],
): RenderedMail {
  const id = lang === 'id';
  const footer = id
    ? `Email ini dikirim otomatis oleh ${PORTAL.id}. Pilihan email Anda ada di halaman Profil.`
    : `This email was sent automatically by the ${PORTAL.en}. Your email choices are on your Profile page.`;
  switch (template) {
    case 'invitation': {
      const p = params as TemplateParams['invitation'];
      return compose(
        id ? `Undangan ke ${PORTAL.id}` : `Your invitation to the ${PORTAL.en}`,
        id
          ? [
              'Selamat datang,',
              `${p.organization} mengundang Anda ke ${PORTAL.id}. Buka tautan di bawah untuk membuat kata sandi Anda.`,
              `Tautan ini hanya berlaku sekali dan selama ${p.days} hari.`,
            ]
          : [
              'Welcome,',
              `${p.organization} has invited you to the ${PORTAL.en}. Open the link below to set your password.`,
              `The link works once, for ${p.days} days.`,
            ],
        { label: id ? 'Buat kata sandi' : 'Set your password', url: p.url },
        footer,
      );
    }
    case 'passwordReset': {
      const p = params as TemplateParams['passwordReset'];
      return compose(
        id ? 'Atur ulang kata sandi' : 'Reset your password',
        id
          ? [
              `Halo ${p.name},`,
              'Seseorang (semoga Anda) meminta untuk mengatur ulang kata sandi akun Anda. Buka tautan di bawah untuk memilih kata sandi baru.',
              `Tautan ini hanya berlaku sekali dan selama ${p.minutes} menit. Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tidak berubah.`,
            ]
          : [
              `Hello ${p.name},`,
              'Someone (hopefully you) asked to reset the password of your account. Open the link below to choose a new password.',
              `The link works once, for ${p.minutes} minutes. If you did not ask, ignore this email: your password has not changed.`,
            ],
        { label: id ? 'Pilih kata sandi baru' : 'Choose a new password', url: p.url },
        footer,
      );
    }
    case 'notice': {
      const p = params as TemplateParams['notice'];
      const sentence = noticeSentence(lang, p);
      return compose(
        sentence.slice(0, 150),
        [sentence, ...(p.excerpt ? [p.excerpt] : [])],
        { label: noticeLink(lang, p.kind), url: p.url },
        footer,
      );
    }
    case 'digest': {
      const p = params as TemplateParams['digest'];
      const pct = (n: number) =>
        p.workers === 0
          ? '–'
          : `${((100 * n) / p.workers).toLocaleString(id ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 })}%`;
      const before = p.enrolled - p.enrolledThisWeek;
      return compose(
        id ? `Ringkasan mingguan ${p.organization}` : `Weekly summary for ${p.organization}`,
        id
          ? [
              `Ringkasan minggu ini untuk ${p.organization}:`,
              `Kepesertaan: ${p.enrolled} dari ${p.workers} pekerja terdaftar (${pct(p.enrolled)}); ${p.enrolledThisWeek} baru minggu ini (sebelumnya ${pct(before)}).`,
              `Tugas terbuka: ${p.open}, di antaranya ${p.overdue} lewat tenggat.`,
            ]
          : [
              `This week's summary for ${p.organization}:`,
              `Coverage: ${p.enrolled} of ${p.workers} workers enrolled (${pct(p.enrolled)}); ${p.enrolledThisWeek} new this week (was ${pct(before)}).`,
              `Open tasks: ${p.open}, of which ${p.overdue} overdue.`,
            ],
        { label: id ? 'Buka dasbor' : 'Open the dashboard', url: p.url },
        footer,
      );
    }
    default:
      throw new Error(`No email template ${String(template)}`);
  }
}
