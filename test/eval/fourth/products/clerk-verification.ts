// Clerk: the sign-up verification code ("Verification code" template), sent from the app's Clerk
// mail subdomain or, on development instances, from Clerk's accounts.dev domain.
// source: Clerk dashboard, Emails > "Verification code" default template (subject
// "{{otp_code}} is your verification code"); other languages as apps localise it.
import type { Product } from './product.ts'

export const CLERK_VERIFICATION: Product = {
  product: 'Clerk',
  family: 'verification',
  source: 'Clerk dashboard email template "Verification code" (default)',
  locals: ['notifications', 'accounts'],
  subdomains: ['clkmail.', 'accounts.'],
  hosted: () => 'notifications@accounts.dev',
  texts: {
    en: [
      {
        subject: '{code} is your verification code',
        body: '{company}\n\nVerification code\n\nEnter the following verification code when prompted:\n\n{code}\n\nTo protect your account, do not share this code.\n\nDidn’t request this? This code was requested for {email}. If you didn’t make this request, you can safely ignore this email.',
      },
    ],
    de: [
      {
        subject: '{code} ist dein Bestätigungscode',
        body: '{company}\n\nBestätigungscode\n\nGib den folgenden Code ein, wenn du dazu aufgefordert wirst:\n\n{code}\n\nTeile diesen Code mit niemandem, um dein Konto zu schützen.\n\nNicht angefordert? Der Code wurde für {email} angefordert. Falls du das nicht warst, kannst du diese E-Mail ignorieren.',
      },
    ],
    fr: [
      {
        subject: '{code} est votre code de vérification',
        body: '{company}\n\nCode de vérification\n\nSaisissez le code suivant lorsque vous y êtes invité :\n\n{code}\n\nPour protéger votre compte, ne partagez jamais ce code.\n\nVous n’êtes pas à l’origine de cette demande ? Ce code a été demandé pour {email} ; vous pouvez ignorer cet e-mail.',
      },
    ],
    es: [
      {
        subject: '{code} es tu código de verificación',
        body: '{company}\n\nCódigo de verificación\n\nIntroduce el siguiente código cuando se te solicite:\n\n{code}\n\nPara proteger tu cuenta, no compartas este código.\n\n¿No lo has solicitado? El código se pidió para {email}. Si no fuiste tú, ignora este correo.',
      },
    ],
    pt: [
      {
        subject: '{code} é o seu código de verificação',
        body: '{company}\n\nCódigo de verificação\n\nDigite o código abaixo quando solicitado:\n\n{code}\n\nPara proteger sua conta, não compartilhe este código.\n\nNão foi você? O código foi solicitado para {email}. Se não fez esse pedido, ignore este e-mail.',
      },
    ],
    it: [
      {
        subject: '{code} è il tuo codice di verifica',
        body: '{company}\n\nCodice di verifica\n\nInserisci il seguente codice quando richiesto:\n\n{code}\n\nPer proteggere il tuo account, non condividere questo codice.\n\nNon l’hai richiesto tu? Il codice è stato richiesto per {email}: puoi ignorare questa email.',
      },
    ],
    nl: [
      {
        subject: '{code} is je verificatiecode',
        body: '{company}\n\nVerificatiecode\n\nVoer de volgende code in wanneer daarom wordt gevraagd:\n\n{code}\n\nDeel deze code met niemand om je account te beschermen.\n\nNiet aangevraagd? De code is aangevraagd voor {email}. Was jij dit niet, dan kun je deze e-mail negeren.',
      },
    ],
  },
}
