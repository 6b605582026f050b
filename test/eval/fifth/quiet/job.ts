// A job application she sent, the employer's applicant-tracking acknowledgement, a later
// interview invitation and calendar confirmation; a second application acknowledged in German.
import type { Random } from '../../prng.ts'
import { at, during, ME, type QuietMail } from './kit.ts'

export function jobMail(rng: Random): QuietMail[] {
  const sent = at(3, 21, 14)
  const sent2 = at(6, 20, 2)
  return [
    {
      at: sent,
      from: ME,
      to: 'careers@brightwharf-analytics.example',
      folder: 'sent',
      subject: 'Application: Senior Data Engineer (ref. DE-2611)',
      body: 'Dear hiring team,\n\nPlease find attached my CV and cover letter for the Senior Data Engineer role (ref. DE-2611). I have seven years of experience building data pipelines and would love to talk.\n\nBest regards,\nFemke Oyelaran',
      source: 'job application',
      lang: 'en',
    },
    {
      at: sent + 2 * 60_000,
      from: 'Brightwharf Analytics Careers <no-reply@brightwharf-analytics.example>',
      subject: 'Thank you for applying to Brightwharf Analytics',
      body: 'Hi Femke,\n\nThanks for your interest in the Senior Data Engineer position. We have received your application and our recruiting team will review it carefully. If your profile matches, we will contact you within two weeks.\n\nYou can check the status of your application in our careers portal at any time.\n\nBrightwharf Talent Team',
      source: 'job application',
      lang: 'en',
    },
    {
      at: during(rng, 10, 9, 12),
      from: 'Joana Prates <joana.prates@brightwharf-analytics.example>',
      subject: 'Interview – Senior Data Engineer',
      body: 'Hi Femke,\n\nThank you for applying. We would like to invite you to a first 45-minute video interview with the team lead. Could you pick a slot with the scheduling link below for next week?\n\nKind regards,\nJoana Prates, Talent Acquisition',
      source: 'job application',
      lang: 'en',
    },
    {
      at: during(rng, 10, 13, 18),
      from: 'Brightwharf Scheduling <scheduling@brightwharf-analytics.example>',
      subject: 'Confirmed: Interview with Brightwharf Analytics – Tue 17 Nov, 14:00 WET',
      body: 'Your interview is confirmed for Tuesday 17 November, 14:00–14:45 (Lisbon). A video link will be sent 1 hour before. Need to reschedule? Use the link in this email.',
      source: 'job application',
      lang: 'en',
    },
    {
      at: sent2,
      from: ME,
      to: 'jobs@nordlicht-mobility.example',
      folder: 'sent',
      subject: 'Bewerbung als Data Engineer (Remote)',
      body: 'Sehr geehrte Damen und Herren,\n\nanbei sende ich Ihnen meine Bewerbungsunterlagen für die ausgeschriebene Stelle als Data Engineer (remote).\n\nMit freundlichen Grüßen\nFemke Oyelaran',
      source: 'job application',
      lang: 'de',
    },
    {
      at: sent2 + 4 * 60_000,
      from: 'Nordlicht Mobility Karriere <karriere@nordlicht-mobility.example>',
      subject: 'Eingangsbestätigung Ihrer Bewerbung',
      body: 'Guten Tag Frau Oyelaran,\n\nvielen Dank für Ihre Bewerbung und Ihr Interesse an Nordlicht Mobility. Ihre Unterlagen sind vollständig bei uns eingegangen. Wir melden uns in den nächsten drei Wochen bei Ihnen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team',
      source: 'job application',
      lang: 'de',
    },
  ]
}
