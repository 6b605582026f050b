// Zulip: the confirmation of a new sign-up (email template `confirm_registration`, subject
// "Activate your Zulip account"), with the organization's URL. Source: zulip/zulip
// `templates/zerver/emails/confirm_registration.subject.txt` / `.txt` and its translations in
// `locale/<lang>/LC_MESSAGES/django.po` (wording reconstructed, not copied).
import type { Product } from '../../product.ts'

const confirm = (f: { domain: string; token: string }) =>
  `https://chat.${f.domain}/accounts/do_confirm/${f.token.slice(0, 24)}`

export const ZULIP_VERIFY: Product = {
  product: 'Zulip',
  family: 'verification',
  source: 'zulip/zulip templates/zerver/emails/confirm_registration, "Activate your Zulip account"',
  echo: 'none',
  hosted: (c) => `Zulip <noreply-${c.slug.slice(0, 12)}@zulipchat.com>`,
  locals: ['noreply', 'zulip'],
  subdomains: ['chat.', ''],
  texts: {
    en: (f) => ({
      subject: 'Activate your Zulip account',
      body: `You recently signed up for Zulip at https://chat.${f.domain}. To complete your registration, click this link:\n\n${confirm(f)}\n\nThe link expires in 24 hours.\n\nIf you did not request this, you can safely ignore this email.\n\nThanks,\nZulip team`,
    }),
    de: (f) => ({
      subject: 'Aktiviere dein Zulip-Konto',
      body: `Du hast dich kürzlich bei Zulip unter https://chat.${f.domain} registriert. Um die Registrierung abzuschließen, klicke auf diesen Link:\n\n${confirm(f)}\n\nDer Link läuft in 24 Stunden ab.\n\nFalls du das nicht angefordert hast, kannst du diese E-Mail ignorieren.\n\nDanke,\ndas Zulip-Team`,
    }),
    fr: (f) => ({
      subject: 'Activez votre compte Zulip',
      body: `Vous vous êtes récemment inscrit à Zulip sur https://chat.${f.domain}. Pour terminer votre inscription, cliquez sur ce lien :\n\n${confirm(f)}\n\nLe lien expire dans 24 heures.\n\nSi vous n'avez rien demandé, ignorez simplement cet e-mail.\n\nMerci,\nL'équipe Zulip`,
    }),
    es: (f) => ({
      subject: 'Activa tu cuenta de Zulip',
      body: `Te has registrado hace poco en Zulip en https://chat.${f.domain}. Para completar el registro, haz clic en este enlace:\n\n${confirm(f)}\n\nEl enlace caduca en 24 horas.\n\nSi no lo solicitaste, puedes ignorar este correo.\n\nGracias,\nEl equipo de Zulip`,
    }),
    pt: (f) => ({
      subject: 'Ative sua conta do Zulip',
      body: `Você se cadastrou recentemente no Zulip em https://chat.${f.domain}. Para concluir o cadastro, clique neste link:\n\n${confirm(f)}\n\nO link expira em 24 horas.\n\nSe você não solicitou isso, pode ignorar este e-mail.\n\nObrigado,\nEquipe Zulip`,
    }),
    it: (f) => ({
      subject: 'Attiva il tuo account Zulip',
      body: `Ti sei registrato di recente su Zulip all'indirizzo https://chat.${f.domain}. Per completare la registrazione, clicca su questo link:\n\n${confirm(f)}\n\nIl link scade tra 24 ore.\n\nSe non l'hai richiesto tu, puoi ignorare questa email.\n\nGrazie,\nIl team di Zulip`,
    }),
    nl: (f) => ({
      subject: 'Activeer je Zulip-account',
      body: `Je hebt je onlangs aangemeld bij Zulip op https://chat.${f.domain}. Klik op deze link om je registratie af te ronden:\n\n${confirm(f)}\n\nDe link verloopt over 24 uur.\n\nHeb je dit niet aangevraagd, dan kun je deze e-mail negeren.\n\nBedankt,\nHet Zulip-team`,
    }),
  },
}
