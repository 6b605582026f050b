// Bugzilla: the change-password request (template `account/password/forgotten-password.txt.tmpl`,
// subject "Bugzilla Change Password Request": "You have (or someone impersonating you has)
// requested to change your Bugzilla password…", with a link to complete and one to cancel).
// Source: bugzilla/bugzilla default templates; other languages after localisation packs
// (reconstruction).
import type { Product } from '../../product.ts'

const token = (f: { domain: string; token: string }, action: string) =>
  `https://bugs.${f.domain}/token.cgi?t=${f.token.slice(0, 22)}&a=${action}`

export const BUGZILLA_RESET: Product = {
  product: 'Bugzilla',
  family: 'reset',
  source: 'Bugzilla forgotten-password.txt.tmpl, "Bugzilla Change Password Request"',
  echo: 'none',
  hosted: null,
  locals: ['bugzilla-daemon', 'bugs'],
  subdomains: ['bugs.', ''],
  texts: {
    en: (f) => ({
      subject: 'Bugzilla Change Password Request',
      body: `You have (or someone impersonating you has) requested to change your Bugzilla password. To complete the change, visit the following link:\n\n${token(f, 'cfmpw')}\n\nIf you are not the person who made this request, or you wish to cancel this request, visit the following link:\n\n${token(f, 'cxlpw')}\n\nIf you do nothing, the request will lapse after 3 days or when you log in successfully.`,
    }),
    de: (f) => ({
      subject: 'Bugzilla: Anforderung zur Passwortänderung',
      body: `Sie (oder jemand, der sich als Sie ausgibt) haben angefordert, Ihr Bugzilla-Passwort zu ändern. Um die Änderung abzuschließen, öffnen Sie:\n\n${token(f, 'cfmpw')}\n\nWenn Sie die Anfrage nicht gestellt haben oder sie abbrechen möchten, öffnen Sie:\n\n${token(f, 'cxlpw')}\n\nWenn Sie nichts tun, verfällt die Anfrage nach 3 Tagen oder bei Ihrer nächsten erfolgreichen Anmeldung.`,
    }),
    fr: (f) => ({
      subject: 'Bugzilla : demande de changement de mot de passe',
      body: `Vous (ou quelqu'un se faisant passer pour vous) avez demandé à changer votre mot de passe Bugzilla. Pour terminer, ouvrez le lien suivant :\n\n${token(f, 'cfmpw')}\n\nSi vous n'êtes pas à l'origine de cette demande ou souhaitez l'annuler, ouvrez :\n\n${token(f, 'cxlpw')}\n\nSans action de votre part, la demande expirera après 3 jours ou à votre prochaine connexion.`,
    }),
    es: (f) => ({
      subject: 'Bugzilla: solicitud de cambio de contraseña',
      body: `Usted (o alguien que se hace pasar por usted) ha solicitado cambiar su contraseña de Bugzilla. Para completar el cambio, visite:\n\n${token(f, 'cfmpw')}\n\nSi no hizo esta solicitud o desea cancelarla, visite:\n\n${token(f, 'cxlpw')}\n\nSi no hace nada, la solicitud caducará a los 3 días o cuando inicie sesión.`,
    }),
    pt: (f) => ({
      subject: 'Bugzilla: pedido de alteração da palavra-passe',
      body: `Você (ou alguém a fazer-se passar por si) pediu para alterar a palavra-passe do Bugzilla. Para concluir a alteração, abra:\n\n${token(f, 'cfmpw')}\n\nSe não fez este pedido ou o quer cancelar, abra:\n\n${token(f, 'cxlpw')}\n\nSe nada fizer, o pedido caduca após 3 dias ou quando iniciar sessão.`,
    }),
    it: (f) => ({
      subject: 'Bugzilla: richiesta di cambio password',
      body: `Tu (o qualcuno che si spaccia per te) hai chiesto di cambiare la password di Bugzilla. Per completare il cambio, apri:\n\n${token(f, 'cfmpw')}\n\nSe non hai fatto tu la richiesta o vuoi annullarla, apri:\n\n${token(f, 'cxlpw')}\n\nSe non fai nulla, la richiesta scadrà dopo 3 giorni o al prossimo accesso.`,
    }),
    nl: (f) => ({
      subject: 'Bugzilla: verzoek om wachtwoord te wijzigen',
      body: `U (of iemand die zich als u voordoet) heeft gevraagd uw Bugzilla-wachtwoord te wijzigen. Open de volgende link om de wijziging af te ronden:\n\n${token(f, 'cfmpw')}\n\nHeeft u dit niet gevraagd of wilt u het annuleren, open dan:\n\n${token(f, 'cxlpw')}\n\nAls u niets doet, vervalt het verzoek na 3 dagen of bij uw volgende aanmelding.`,
    }),
  },
}
