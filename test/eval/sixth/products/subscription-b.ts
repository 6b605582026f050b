// Subscription confirmations, part two: Google Groups, Dada Mail and Loops.
import type { Product } from '../product.ts'

/** source: Google Groups, join confirmation for an email subscription request (reconstruction). */
export const GOOGLE_GROUPS: Product = {
  product: 'Google Groups',
  family: 'subscription',
  source: 'Google Groups join-request confirmation mail (reconstruction)',
  echo: 'none',
  hosted: (slug) => `${slug}-news+noreply@googlegroups.com`,
  texts: {
    en: {
      subject: 'Confirm your request to join {company} News',
      body: 'Hello {email},\n\nWe received your request to join the {company} News group. To confirm, click the button below or reply to this email.\n\nJoin this group {link}\n\nIf you did not request to join, you can ignore this message.',
    },
    de: {
      subject: 'Bestätigen Sie Ihre Anfrage zum Beitritt zu {company} News',
      body: 'Hallo {email},\n\nwir haben Ihre Anfrage erhalten, der Gruppe {company} News beizutreten. Klicken Sie zur Bestätigung auf die Schaltfläche oder antworten Sie auf diese E-Mail.\n\nGruppe beitreten {link}\n\nWenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht.',
    },
    fr: {
      subject: "Confirmez votre demande d'adhésion à {company} News",
      body: "Bonjour {email},\n\nNous avons reçu votre demande d'adhésion au groupe {company} News. Pour confirmer, cliquez sur le bouton ou répondez à cet e-mail.\n\nRejoindre ce groupe {link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
    },
    es: {
      subject: 'Confirma tu solicitud para unirte a {company} News',
      body: 'Hola {email}:\n\nHemos recibido tu solicitud para unirte al grupo {company} News. Para confirmarla, haz clic en el botón o responde a este correo.\n\nUnirse a este grupo {link}\n\nSi no lo solicitaste, ignora este mensaje.',
    },
    pt: {
      subject: 'Confirme o seu pedido para aderir a {company} News',
      body: 'Olá {email},\n\nRecebemos o seu pedido para aderir ao grupo {company} News. Para confirmar, clique no botão ou responda a este e-mail.\n\nAderir a este grupo {link}\n\nSe não fez este pedido, ignore esta mensagem.',
    },
    it: {
      subject: 'Conferma la richiesta di iscrizione a {company} News',
      body: "Ciao {email},\n\nabbiamo ricevuto la tua richiesta di iscrizione al gruppo {company} News. Per confermare, fai clic sul pulsante o rispondi a questa email.\n\nIscriviti al gruppo {link}\n\nSe non l'hai richiesto, ignora questo messaggio.",
    },
    nl: {
      subject: 'Bevestig je verzoek om lid te worden van {company} News',
      body: 'Hallo {email},\n\nWe hebben je verzoek ontvangen om lid te worden van de groep {company} News. Klik op de knop of beantwoord deze e-mail om te bevestigen.\n\nLid worden {link}\n\nHeb je dit niet aangevraagd, negeer dit bericht dan.',
    },
    sv: {
      subject: 'Bekräfta din begäran om att gå med i {company} News',
      body: 'Hej {email},\n\nVi har tagit emot din begäran om att gå med i gruppen {company} News. Klicka på knappen eller svara på detta e-postmeddelande för att bekräfta.\n\nGå med i gruppen {link}\n\nOm du inte har begärt detta kan du ignorera meddelandet.',
    },
    pl: {
      subject: 'Potwierdź prośbę o dołączenie do {company} News',
      body: 'Witaj {email},\n\notrzymaliśmy Twoją prośbę o dołączenie do grupy {company} News. Aby potwierdzić, kliknij przycisk lub odpowiedz na tę wiadomość.\n\nDołącz do grupy {link}\n\nJeśli to nie Ty, zignoruj tę wiadomość.',
    },
  },
}

/** source: Dada Mail, default subscription confirmation message (reconstruction). */
export const DADA_MAIL: Product = {
  product: 'Dada Mail',
  family: 'subscription',
  source: 'Dada Mail list "Subscription Confirmation" default message (reconstruction)',
  echo: 'none',
  texts: {
    en: {
      subject: '{company} Newsletter: Please confirm your subscription',
      body: 'Hello,\n\nBefore you are subscribed to:\n\n{company} Newsletter\n\nplease confirm your subscription by clicking the link below:\n\n{link}\n\nIf you did not ask to be subscribed, please ignore this message.\n\n- {site}',
    },
    de: {
      subject: '{company} Newsletter: Bitte bestätigen Sie Ihr Abonnement',
      body: 'Hallo,\n\nbevor Sie in die Liste\n\n{company} Newsletter\n\naufgenommen werden, bestätigen Sie bitte Ihr Abonnement über den folgenden Link:\n\n{link}\n\nWenn Sie sich nicht angemeldet haben, ignorieren Sie diese Nachricht.\n\n- {site}',
    },
    fr: {
      subject: 'Lettre {company} : veuillez confirmer votre abonnement',
      body: "Bonjour,\n\nAvant votre inscription à :\n\nLettre {company}\n\nveuillez confirmer votre abonnement en cliquant sur le lien ci-dessous :\n\n{link}\n\nSi vous n'avez rien demandé, ignorez ce message.\n\n- {site}",
    },
    es: {
      subject: 'Boletín {company}: confirma tu suscripción',
      body: 'Hola:\n\nAntes de suscribirte a:\n\nBoletín {company}\n\nconfirma tu suscripción haciendo clic en el siguiente enlace:\n\n{link}\n\nSi no lo pediste, ignora este mensaje.\n\n- {site}',
    },
    pt: {
      subject: 'Newsletter {company}: confirme a sua subscrição',
      body: 'Olá,\n\nAntes de ficar inscrito em:\n\nNewsletter {company}\n\nconfirme a sua subscrição clicando no link abaixo:\n\n{link}\n\nSe não pediu a inscrição, ignore esta mensagem.\n\n- {site}',
    },
    it: {
      subject: 'Newsletter {company}: conferma la tua iscrizione',
      body: "Ciao,\n\nprima di iscriverti a:\n\nNewsletter {company}\n\nconferma l'iscrizione facendo clic sul link qui sotto:\n\n{link}\n\nSe non hai chiesto l'iscrizione, ignora questo messaggio.\n\n- {site}",
    },
    nl: {
      subject: '{company} Nieuwsbrief: bevestig je inschrijving',
      body: 'Hallo,\n\nVoordat je wordt ingeschreven op:\n\n{company} Nieuwsbrief\n\nbevestig je inschrijving via de onderstaande link:\n\n{link}\n\nHeb je je niet ingeschreven, negeer dit bericht dan.\n\n- {site}',
    },
    sv: {
      subject: '{company} Nyhetsbrev: bekräfta din prenumeration',
      body: 'Hej,\n\nInnan du prenumererar på:\n\n{company} Nyhetsbrev\n\nbekräfta din prenumeration via länken nedan:\n\n{link}\n\nOm du inte har bett om detta kan du ignorera meddelandet.\n\n- {site}',
    },
    pl: {
      subject: 'Newsletter {company}: potwierdź subskrypcję',
      body: 'Witaj,\n\nzanim zostaniesz zapisany na:\n\nNewsletter {company}\n\npotwierdź subskrypcję, klikając poniższy link:\n\n{link}\n\nJeśli nie zapisywałeś się, zignoruj tę wiadomość.\n\n- {site}',
    },
  },
}

/** source: Loops, double opt-in confirmation email for a signup form (reconstruction). */
export const LOOPS: Product = {
  product: 'Loops',
  family: 'subscription',
  source: 'Loops double opt-in confirmation email for form signups (reconstruction)',
  echo: 'name',
  hosted: (slug) => `${slug}@mail.loops.so`,
  texts: {
    en: {
      subject: 'Confirm your subscription',
      body: "Hi {name},\n\nPlease confirm that you want to receive emails from {company}.\n\nConfirm subscription {link}\n\nIf you didn't sign up, you can safely ignore this email.",
    },
    de: {
      subject: 'Bestätige dein Abonnement',
      body: 'Hallo {name},\n\nbitte bestätige, dass du E-Mails von {company} erhalten möchtest.\n\nAbonnement bestätigen {link}\n\nWenn du dich nicht angemeldet hast, kannst du diese E-Mail ignorieren.',
    },
    fr: {
      subject: 'Confirmez votre abonnement',
      body: "Bonjour {name},\n\nMerci de confirmer que vous souhaitez recevoir les e-mails de {company}.\n\nConfirmer l'abonnement {link}\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.",
    },
    es: {
      subject: 'Confirma tu suscripción',
      body: 'Hola {name}:\n\nConfirma que quieres recibir correos de {company}.\n\nConfirmar suscripción {link}\n\nSi no te registraste, puedes ignorar este correo.',
    },
    pt: {
      subject: 'Confirme a sua subscrição',
      body: 'Olá {name},\n\nConfirme que quer receber e-mails de {company}.\n\nConfirmar subscrição {link}\n\nSe não se inscreveu, pode ignorar este e-mail.',
    },
    it: {
      subject: 'Conferma la tua iscrizione',
      body: 'Ciao {name},\n\nconferma che vuoi ricevere email da {company}.\n\nConferma iscrizione {link}\n\nSe non ti sei iscritto, puoi ignorare questa email.',
    },
    nl: {
      subject: 'Bevestig je inschrijving',
      body: 'Hoi {name},\n\nBevestig dat je e-mails van {company} wilt ontvangen.\n\nInschrijving bevestigen {link}\n\nHeb je je niet aangemeld, dan kun je deze e-mail negeren.',
    },
    sv: {
      subject: 'Bekräfta din prenumeration',
      body: 'Hej {name},\n\nBekräfta att du vill få e-post från {company}.\n\nBekräfta prenumeration {link}\n\nOm du inte har anmält dig kan du ignorera detta meddelande.',
    },
    pl: {
      subject: 'Potwierdź subskrypcję',
      body: 'Cześć {name},\n\npotwierdź, że chcesz otrzymywać wiadomości od {company}.\n\nPotwierdź subskrypcję {link}\n\nJeśli się nie zapisywałeś, zignoruj tę wiadomość.',
    },
  },
}
