// Hand-written first mails of each large burst's lead service, one per kind and language: the
// HR portal of a new job, the energy supplier after a move, the messenger on a new phone, the
// university portal of a student, the payment processor of a shop opening online.
import type { BurstKind, PerLang, Wording } from './types.ts'

const w = (subject: string, body: string): Wording => ({ subject, body })

export const BURST_HAND: Record<BurstKind, PerLang<Wording>> = {
  job: {
    en: w(
      'Welcome to {org} – your {service} login',
      'Hi {first},\nwelcome aboard! Before your first day please log in to {service}, our HR portal, to upload your bank details and sign your contract.\nActivate your login: {link}\nPeople Team, {org}',
    ),
    de: w(
      'Willkommen bei {org} – Ihr Zugang zu {service}',
      'Hallo {first},\nherzlich willkommen! Bitte melden Sie sich vor Ihrem ersten Arbeitstag im Personalportal {service} an und hinterlegen Sie Ihre Bankverbindung.\nZugang aktivieren: {link}\nIhre Personalabteilung, {org}',
    ),
    fr: w(
      'Bienvenue chez {org} – votre accès {service}',
      'Bonjour {first},\nbienvenue parmi nous ! Avant votre arrivée, connectez-vous au portail RH {service} pour renseigner votre RIB et signer votre contrat.\nActiver mon accès : {link}\nL’équipe RH, {org}',
    ),
    es: w(
      'Bienvenida a {org}: tu acceso a {service}',
      'Hola {first}:\n¡bienvenida al equipo! Antes de tu primer día, entra en {service}, nuestro portal de personas, para subir tus datos bancarios y firmar el contrato.\nActivar acceso: {link}\nEquipo de Personas, {org}',
    ),
    pt: w(
      'Bem-vinda à {org} – o seu acesso ao {service}',
      'Olá {first},\nseja bem-vinda! Antes do primeiro dia, entre no portal de RH {service} para indicar o seu IBAN e assinar o contrato.\nAtivar acesso: {link}\nRecursos Humanos, {org}',
    ),
    it: w(
      'Benvenuta in {org} – il tuo accesso a {service}',
      'Ciao {first},\nbenvenuta! Prima del primo giorno accedi al portale HR {service} per inserire l’IBAN e firmare il contratto.\nAttiva l’accesso: {link}\nUfficio Personale, {org}',
    ),
    nl: w(
      'Welkom bij {org} – je inlog voor {service}',
      'Hoi {first},\nwelkom! Log vóór je eerste werkdag in op {service}, ons HR-portaal, om je rekeningnummer door te geven en je contract te tekenen.\nInlog activeren: {link}\nHR, {org}',
    ),
  },
  move: {
    en: w(
      'Your energy account at your new address',
      'Dear {first},\nthanks for moving your supply to {service}. Your account is set up from your move-in date. Please confirm your email and send us your first meter reading:\n{link}\n{service} Customer Care',
    ),
    de: w(
      'Ihr Stromvertrag für die neue Adresse',
      'Hallo {first},\nvielen Dank, dass Sie mit {service} umziehen. Ihr Vertrag beginnt mit dem Einzugsdatum. Bitte bestätigen Sie Ihre E-Mail und teilen Sie uns den Zählerstand mit:\n{link}\nIhr Kundenservice von {service}',
    ),
    fr: w(
      'Votre contrat d’électricité à votre nouvelle adresse',
      'Bonjour {first},\nmerci d’avoir choisi {service} pour votre nouveau logement. Votre contrat démarre à la date d’emménagement. Confirmez votre e-mail et transmettez votre premier relevé :\n{link}\nService clients {service}',
    ),
    es: w(
      'Tu contrato de luz en la nueva dirección',
      'Hola {first}:\ngracias por llevarte {service} a tu nueva casa. El contrato empieza el día de la mudanza. Confirma tu correo y envíanos la primera lectura del contador:\n{link}\nAtención al cliente {service}',
    ),
    pt: w(
      'O seu contrato de eletricidade na nova morada',
      'Olá {first},\nobrigado por levar a {service} para a nova casa. O contrato começa na data da mudança. Confirme o email e envie-nos a primeira leitura do contador:\n{link}\nApoio ao cliente {service}',
    ),
    it: w(
      'Il tuo contratto luce al nuovo indirizzo',
      'Gentile {first},\ngrazie per aver scelto {service} nella nuova casa. Il contratto parte dalla data del trasloco. Conferma l’e-mail e inviaci la prima lettura del contatore:\n{link}\nServizio clienti {service}',
    ),
    nl: w(
      'Je energiecontract op je nieuwe adres',
      'Beste {first},\nbedankt dat je met {service} verhuist. Je contract gaat in op je verhuisdatum. Bevestig je e-mail en geef je eerste meterstand door:\n{link}\nKlantenservice {service}',
    ),
  },
  phone: {
    en: w(
      '{service}: confirm it’s you',
      'Your {service} code is {code}.\nYou’re adding a new phone to your account. Don’t share this code with anyone.',
    ),
    de: w(
      '{service}: Bestätige, dass du es bist',
      'Dein {service}-Code lautet {code}.\nDu fügst deinem Konto ein neues Telefon hinzu. Gib diesen Code an niemanden weiter.',
    ),
    fr: w(
      '{service} : confirmez que c’est bien vous',
      'Votre code {service} est {code}.\nVous ajoutez un nouveau téléphone à votre compte. Ne communiquez ce code à personne.',
    ),
    es: w(
      '{service}: confirma que eres tú',
      'Tu código de {service} es {code}.\nEstás añadiendo un teléfono nuevo a tu cuenta. No compartas este código con nadie.',
    ),
    pt: w(
      '{service}: confirme que é você',
      'O seu código {service} é {code}.\nEstá a adicionar um telemóvel novo à sua conta. Não partilhe este código.',
    ),
    it: w(
      '{service}: conferma che sei tu',
      'Il tuo codice {service} è {code}.\nStai aggiungendo un nuovo telefono al tuo account. Non condividere questo codice.',
    ),
    nl: w(
      '{service}: bevestig dat jij het bent',
      'Je {service}-code is {code}.\nJe voegt een nieuwe telefoon toe aan je account. Deel deze code met niemand.',
    ),
  },
  student: {
    en: w(
      'Activate your {org} student account',
      'Dear {first},\nyour enrolment is complete. Activate your student account on {service} to see your timetable, library card and exam registration:\n{link}\nStudent Services, {org}',
    ),
    de: w(
      'Aktivieren Sie Ihren Studierenden-Account',
      'Liebe/r {first},\nIhre Einschreibung ist abgeschlossen. Aktivieren Sie Ihren Account in {service}, um Stundenplan, Bibliotheksausweis und Prüfungsanmeldung zu sehen:\n{link}\nStudierendensekretariat, {org}',
    ),
    fr: w(
      'Activez votre compte étudiant {org}',
      'Bonjour {first},\nvotre inscription est finalisée. Activez votre compte sur {service} pour accéder à votre emploi du temps, à la bibliothèque et aux examens :\n{link}\nScolarité, {org}',
    ),
    es: w(
      'Activa tu cuenta de estudiante de {org}',
      'Hola {first}:\ntu matrícula está completa. Activa tu cuenta en {service} para ver tu horario, el carné de biblioteca y la inscripción a exámenes:\n{link}\nSecretaría de estudiantes, {org}',
    ),
    pt: w(
      'Ative a sua conta de estudante {org}',
      'Olá {first},\na sua matrícula está concluída. Ative a conta no {service} para ver o horário, o cartão da biblioteca e a inscrição nos exames:\n{link}\nServiços Académicos, {org}',
    ),
    it: w(
      'Attiva il tuo account studente {org}',
      'Cara/o {first},\nla tua immatricolazione è completa. Attiva l’account su {service} per vedere orario, tessera della biblioteca e iscrizione agli esami:\n{link}\nSegreteria studenti, {org}',
    ),
    nl: w(
      'Activeer je studentaccount van {org}',
      'Beste {first},\nje inschrijving is rond. Activeer je account in {service} voor je rooster, bibliotheekpas en tentameninschrijving:\n{link}\nStudentenzaken, {org}',
    ),
  },
  shop: {
    en: w(
      'Confirm your email to start accepting payments',
      'Hi {first},\nyour {service} business account is almost ready. Confirm your email, then add your bank account and ID so we can send your first payout:\n{link}\n{service} Onboarding',
    ),
    de: w(
      'E-Mail bestätigen und Zahlungen annehmen',
      'Hallo {first},\nIhr Geschäftskonto bei {service} ist fast fertig. Bestätigen Sie Ihre E-Mail und hinterlegen Sie Bankkonto und Ausweis für die erste Auszahlung:\n{link}\n{service} Onboarding',
    ),
    fr: w(
      'Confirmez votre e-mail pour encaisser vos premiers paiements',
      'Bonjour {first},\nvotre compte professionnel {service} est presque prêt. Confirmez votre e-mail puis ajoutez votre IBAN et une pièce d’identité pour recevoir vos virements :\n{link}\nL’équipe {service}',
    ),
    es: w(
      'Confirma tu correo para empezar a cobrar',
      'Hola {first}:\ntu cuenta de empresa en {service} está casi lista. Confirma tu correo y añade tu cuenta bancaria y tu DNI para recibir tu primer pago:\n{link}\nEquipo {service}',
    ),
    pt: w(
      'Confirme o email para começar a receber pagamentos',
      'Olá {first},\na sua conta empresarial {service} está quase pronta. Confirme o email e adicione o IBAN e a identificação para receber o primeiro pagamento:\n{link}\nEquipa {service}',
    ),
    it: w(
      'Conferma l’e-mail per iniziare a incassare',
      'Ciao {first},\nil tuo account business {service} è quasi pronto. Conferma l’e-mail e aggiungi IBAN e documento per ricevere il primo accredito:\n{link}\nTeam {service}',
    ),
    nl: w(
      'Bevestig je e-mail en ontvang betalingen',
      'Hoi {first},\nje zakelijke {service}-account is bijna klaar. Bevestig je e-mail en voeg je rekening en ID toe voor je eerste uitbetaling:\n{link}\n{service} Onboarding',
    ),
  },
}
