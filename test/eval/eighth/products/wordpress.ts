// WordPress core: retrieve_password() mail, subject "[<site>] Password Reset", "Someone has
// requested a password reset for the following account: Site Name / Username", "This password
// reset request originated from the IP address". source: WordPress core wp-login.php / user.php
// and the official language packs, written from their meaning.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const WORDPRESS_RESET: Product = {
  product: 'WordPress',
  family: 'reset',
  source: 'WordPress core retrieve_password() message',
  echo: 'none',
  display: (c) => c.name,
  texts: fromTable({
    en: [
      '[{company}] Password Reset',
      'Someone has requested a password reset for the following account:\n\nSite Name: {company}\n\nUsername: {email}\n\nIf this was a mistake, ignore this email and nothing will happen.\n\nTo reset your password, visit the following address:\n\n{link}\n\nThis password reset request originated from the IP address 198.51.100.23.',
    ],
    de: [
      '[{company}] Passwort zurücksetzen',
      'Jemand hat das Zurücksetzen des Passworts für folgendes Benutzerkonto angefordert:\n\nName der Website: {company}\n\nBenutzername: {email}\n\nFalls dies ein Versehen war, ignoriere diese E-Mail einfach.\n\nUm dein Passwort zurückzusetzen, besuche folgende Adresse:\n\n{link}\n\nDiese Anfrage kam von der IP-Adresse 198.51.100.23.',
    ],
    fr: [
      '[{company}] Réinitialisation du mot de passe',
      "Quelqu'un a demandé la réinitialisation du mot de passe pour le compte suivant :\n\nNom du site : {company}\n\nIdentifiant : {email}\n\nS'il s'agit d'une erreur, ignorez cet e-mail et rien ne se passera.\n\nPour réinitialiser votre mot de passe, rendez-vous à l'adresse suivante :\n\n{link}\n\nCette demande provient de l'adresse IP 198.51.100.23.",
    ],
    es: [
      '[{company}] Restablecer la contraseña',
      'Alguien ha solicitado restablecer la contraseña de la siguiente cuenta:\n\nNombre del sitio: {company}\n\nNombre de usuario: {email}\n\nSi ha sido un error, ignora este correo y no pasará nada.\n\nPara restablecer la contraseña, visita la siguiente dirección:\n\n{link}\n\nEsta solicitud se originó desde la dirección IP 198.51.100.23.',
    ],
    pt: [
      '[{company}] Redefinição de senha',
      'Alguém solicitou a redefinição de senha da seguinte conta:\n\nNome do site: {company}\n\nNome de usuário: {email}\n\nSe isso foi um engano, ignore este e-mail e nada acontecerá.\n\nPara redefinir sua senha, acesse o seguinte endereço:\n\n{link}\n\nEsta solicitação foi feita a partir do endereço IP 198.51.100.23.',
    ],
    it: [
      '[{company}] Reimpostazione password',
      "Qualcuno ha richiesto la reimpostazione della password per il seguente account:\n\nNome del sito: {company}\n\nNome utente: {email}\n\nSe si tratta di un errore, ignora questa email e non succederà nulla.\n\nPer reimpostare la password, visita il seguente indirizzo:\n\n{link}\n\nQuesta richiesta proviene dall'indirizzo IP 198.51.100.23.",
    ],
    nl: [
      '[{company}] Wachtwoord opnieuw instellen',
      'Iemand heeft gevraagd het wachtwoord van het volgende account opnieuw in te stellen:\n\nSitenaam: {company}\n\nGebruikersnaam: {email}\n\nAls dit een vergissing was, negeer deze e-mail dan en er gebeurt niets.\n\nGa naar het volgende adres om je wachtwoord opnieuw in te stellen:\n\n{link}\n\nDit verzoek kwam van IP-adres 198.51.100.23.',
    ],
  }),
}
