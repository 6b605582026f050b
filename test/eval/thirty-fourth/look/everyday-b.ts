// Look-alike texts written for this set: codes and resets the person asked for, replies on a
// ticket she opened, shared-document and calendar notifications.
import type { LookTexts } from './types.ts'

export const CODES: LookTexts = {
  en: [
    [
      '{code} is your {brand} code',
      'Enter this code to finish signing in. It expires in 10 minutes.',
    ],
    [
      'Reset your password',
      'Hi {first}, you asked to reset your {brand} password a moment ago. Use this link within an hour.',
    ],
    [
      'Confirm your new email',
      'You changed the email of your {brand} account. Confirm it with code {code}.',
    ],
  ],
  de: [
    [
      'Ihr Sicherheitscode: {code}',
      'Geben Sie den Code in der {brand}-App ein. Gültig für 10 Minuten.',
    ],
    [
      'Passwort vergessen?',
      'Hallo {first}, hier ist der Link zum Zurücksetzen, den Sie gerade angefordert haben.',
    ],
    ['Anmeldung bestätigen', 'Bestätige deine Anmeldung bei {brand} mit dem Code {code}.'],
  ],
  fr: [
    [
      'Votre code {brand} : {code}',
      'Saisissez ce code pour vous connecter. Il expire dans 10 minutes.',
    ],
    [
      'Mot de passe oublié',
      'Bonjour {first}, voici le lien demandé pour réinitialiser votre mot de passe.',
    ],
    ['Confirmez votre connexion', 'Code de vérification : {code}. Ne le partagez avec personne.'],
  ],
  es: [
    [
      'Tu código de {brand}: {code}',
      'Introduce este código para iniciar sesión. Caduca en 10 minutos.',
    ],
    [
      'Restablecer contraseña',
      'Hola {first}, aquí tienes el enlace que pediste para cambiar tu contraseña.',
    ],
    ['Confirma tu inicio de sesión', 'Tu código de verificación es {code}.'],
  ],
  pt: [
    ['Seu código {brand}: {code}', 'Digite este código para entrar. Ele expira em 10 minutos.'],
    ['Redefinir senha', 'Olá {first}, segue o link que você pediu para trocar sua senha.'],
    ['Confirme seu acesso', 'Seu código de verificação é {code}.'],
  ],
  it: [
    ['Il tuo codice {brand}: {code}', 'Inserisci questo codice per accedere. Scade tra 10 minuti.'],
    [
      'Reimpostazione password',
      'Ciao {first}, ecco il link che hai richiesto per cambiare la password.',
    ],
    ['Conferma l’accesso', 'Il tuo codice di verifica è {code}.'],
  ],
  nl: [
    ['Je {brand}-code: {code}', 'Vul deze code in om in te loggen. Hij verloopt over 10 minuten.'],
    ['Wachtwoord herstellen', 'Hoi {first}, hier is de link die je net hebt aangevraagd.'],
    ['Bevestig je inlogpoging', 'Je verificatiecode is {code}.'],
  ],
}

export const TICKET_REPLIES: LookTexts = {
  en: [
    [
      'Re: [#{ticket}] {sent}',
      'Hi {first}, sorry about that. We are sending a replacement today; no need to return the damaged one. Ticket #{ticket}',
    ],
    [
      '[{brand}] Update on request #{ticket}',
      'Our agent Priya replied to your request: "The refund has been approved."',
    ],
    [
      'Your request #{ticket} has been solved',
      'We marked your request as solved. Reply to this email to reopen it.',
    ],
  ],
  de: [
    ['AW: [#{ticket}] {sent}', 'Hallo {first}, wir schicken Ihnen heute Ersatz. Vorgang #{ticket}'],
    [
      'Neue Antwort zu Ihrer Anfrage #{ticket}',
      'Unser Team hat geantwortet: „Die Gutschrift ist veranlasst.“',
    ],
    [
      'Anfrage #{ticket} erledigt',
      'Wir haben Ihre Anfrage geschlossen. Antworten Sie, um sie wieder zu öffnen.',
    ],
  ],
  fr: [
    [
      'RE: [#{ticket}] {sent}',
      'Bonjour {first}, nous vous envoyons un remplacement aujourd’hui. Dossier #{ticket}',
    ],
    [
      'Réponse à votre demande #{ticket}',
      'Notre conseiller a répondu : « Le remboursement est validé. »',
    ],
    ['Demande #{ticket} résolue', 'Votre demande est clôturée. Répondez pour la rouvrir.'],
  ],
  es: [
    ['RE: [#{ticket}] {sent}', 'Hola {first}, te enviamos hoy un producto nuevo. Caso #{ticket}'],
    [
      'Respuesta a tu solicitud #{ticket}',
      'Nuestro agente respondió: «El reembolso está aprobado».',
    ],
    ['Solicitud #{ticket} resuelta', 'Hemos cerrado tu solicitud. Responde para reabrirla.'],
  ],
  pt: [
    ['RE: [#{ticket}] {sent}', 'Olá {first}, enviaremos um novo produto hoje. Chamado #{ticket}'],
    ['Resposta ao chamado #{ticket}', 'Nosso atendente respondeu: "O reembolso foi aprovado."'],
    ['Chamado #{ticket} resolvido', 'Encerramos seu chamado. Responda para reabri-lo.'],
  ],
  it: [
    [
      'R: [#{ticket}] {sent}',
      'Ciao {first}, ti spediamo oggi un prodotto sostitutivo. Ticket #{ticket}',
    ],
    [
      'Risposta alla richiesta #{ticket}',
      'Il nostro operatore ha risposto: "Il rimborso è approvato."',
    ],
    ['Richiesta #{ticket} risolta', 'Abbiamo chiuso la richiesta. Rispondi per riaprirla.'],
  ],
  nl: [
    [
      'Re: [#{ticket}] {sent}',
      'Hoi {first}, we sturen vandaag een vervangend exemplaar. Ticket #{ticket}',
    ],
    [
      'Antwoord op je vraag #{ticket}',
      'Onze medewerker schreef: "De terugbetaling is goedgekeurd."',
    ],
    ['Vraag #{ticket} opgelost', 'We hebben je vraag gesloten. Antwoord om hem te heropenen.'],
  ],
}

export const SHARED: LookTexts = {
  en: [
    [
      'Dana shared "Budget 2027" with you',
      'Dana Price invited you to edit a spreadsheet on {brand}. Open',
    ],
    [
      'Updated invitation: Team sync moved to {time}',
      'The meeting on {day} has a new time. Accept · Decline · Maybe',
    ],
    ['New files in "Holiday photos"', '12 files were added to a folder shared with you.'],
  ],
  de: [
    [
      'Dana hat „Haushaltsplan“ mit Ihnen geteilt',
      'Sie wurden zum Bearbeiten eingeladen. Öffnen in {brand}',
    ],
    [
      'Geänderte Einladung: Teamrunde um {time}',
      'Der Termin am {day} wurde verschoben. Zusagen · Absagen',
    ],
    ['Neue Dateien im Ordner „Urlaub“', '8 Dateien wurden hinzugefügt.'],
  ],
  fr: [
    [
      'Léa a partagé « Budget 2027 » avec vous',
      'Vous pouvez modifier ce document sur {brand}. Ouvrir',
    ],
    [
      'Invitation modifiée : réunion à {time}',
      'La réunion du {day} a été déplacée. Accepter · Refuser',
    ],
    ['Nouveaux fichiers dans « Vacances »', '10 fichiers ont été ajoutés au dossier partagé.'],
  ],
  es: [
    [
      'Laura ha compartido «Presupuesto 2027» contigo',
      'Puedes editar este documento en {brand}. Abrir',
    ],
    [
      'Invitación actualizada: reunión a las {time}',
      'La reunión del {day} cambió de hora. Aceptar · Rechazar',
    ],
    ['Archivos nuevos en «Vacaciones»', 'Se añadieron 9 archivos a una carpeta compartida.'],
  ],
  pt: [
    [
      'Bia compartilhou "Orçamento 2027" com você',
      'Você pode editar este documento no {brand}. Abrir',
    ],
    [
      'Convite atualizado: reunião às {time}',
      'A reunião de {day} mudou de horário. Aceitar · Recusar',
    ],
    ['Novos arquivos em "Férias"', '11 arquivos foram adicionados à pasta compartilhada.'],
  ],
  it: [
    ['Sara ha condiviso "Budget 2027" con te', 'Puoi modificare il documento su {brand}. Apri'],
    [
      'Invito aggiornato: riunione alle {time}',
      'La riunione del {day} è stata spostata. Accetta · Rifiuta',
    ],
    ['Nuovi file in "Vacanze"', 'Sono stati aggiunti 7 file alla cartella condivisa.'],
  ],
  nl: [
    [
      'Eva heeft "Begroting 2027" met je gedeeld',
      'Je kunt dit document bewerken in {brand}. Openen',
    ],
    [
      'Bijgewerkte uitnodiging: overleg om {time}',
      'De afspraak op {day} is verplaatst. Accepteren · Weigeren',
    ],
    ['Nieuwe bestanden in "Vakantie"', 'Er zijn 6 bestanden toegevoegd aan de gedeelde map.'],
  ],
}
