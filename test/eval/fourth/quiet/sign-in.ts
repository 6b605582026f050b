// Mail the person asked for while signing in: a few two-factor codes at plausible moments, and
// one password reset followed by the "password changed" notice. Written for this set; the
// services are made up.
import type { Random } from '../../prng.ts'
import { MINUTE } from '../clock.ts'
import { shaped } from '../render.ts'
import { between, type Everyday } from './everyday.ts'

export function signInMail(rng: Random): Everyday[] {
  const code = () => shaped(rng, '######')
  const resetAt = between(rng, 12, 21, 22)
  return [
    {
      at: between(rng, 1, 9, 10),
      from: 'Ledgerbook <no-reply@ledgerbook.io>',
      subject: `Your Ledgerbook sign-in code: ${code()}`,
      body: 'Use this code to finish signing in to Ledgerbook. It expires in 10 minutes.\n\nIf you didn’t try to sign in, you can ignore this email.',
      source: 'requested two-factor code',
    },
    {
      at: between(rng, 9, 13, 14),
      from: 'Mijn Energie Portaal <beveiliging@mijnenergieportaal.be>',
      subject: 'Uw verificatiecode',
      body: `Uw verificatiecode is ${code()}. Deze code is 5 minuten geldig.\n\nDeel deze code met niemand.`,
      source: 'requested two-factor code',
    },
    {
      at: between(rng, 17, 19, 20),
      from: 'Railpass Europe <account@railpass-europe.eu>',
      subject: 'Confirm it’s you',
      body: `Hi Imogen,\n\nEnter ${code()} to confirm it’s you signing in on a new browser.\n\nRailpass Europe`,
      source: 'requested two-factor code',
    },
    {
      at: resetAt,
      from: 'Pinecrest Photos <accounts@pinecrestphotos.com>',
      subject: 'Reset your Pinecrest Photos password',
      body: 'Hi Imogen,\n\nWe got a request to reset the password for your account. Click below to choose a new one:\n\nhttps://pinecrestphotos.com/reset/9f2c1e7a\n\nThis link works for 30 minutes.',
      source: 'requested password reset',
    },
    {
      at: resetAt + 4 * MINUTE,
      from: 'Pinecrest Photos <accounts@pinecrestphotos.com>',
      subject: 'Your password has been changed',
      body: 'Hi Imogen,\n\nYour Pinecrest Photos password was just changed. If this was you, you’re all set.\n\nIf not, contact support right away.',
      source: 'requested password reset',
    },
  ]
}
