// What webmail shows before the message in much real marketing and transactional mail: a
// preheader, "View this email in your browser", image alt texts, a navigation bar, a greeting, a
// legal line or collapsed table text; and the footers of full bodies. Written per language.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'
import { fill } from './records.ts'

export const OPENINGS: Record<Lang, readonly string[]> = {
  en: [
    'View this email in your browser',
    'Having trouble viewing this email? Open it online',
    '[Logo]',
    '{brand} logo',
    'Shop | My account | Help',
    'Hi {name},',
    'You are receiving this because you have an account with {brand}.',
    '{brand}    Support    Orders    Returns',
    '[{brand}]  [Image]  ',
  ],
  de: [
    'E-Mail wird nicht richtig angezeigt? Im Browser öffnen',
    'Online-Version ansehen',
    '[Logo]',
    '{brand} Logo',
    'Shop | Mein Konto | Hilfe',
    'Hallo {name},',
    'Sie erhalten diese Nachricht als Kunde von {brand}.',
    '{brand}    Service    Bestellungen    Kontakt',
  ],
  fr: [
    'Voir cet e-mail dans votre navigateur',
    'Vous ne parvenez pas à lire ce message ? Version en ligne',
    '[Logo]',
    'Logo {brand}',
    'Boutique | Mon compte | Aide',
    'Bonjour {name},',
    'Vous recevez ce message car vous êtes client(e) de {brand}.',
    '{brand}    Assistance    Commandes    Contact',
  ],
  es: [
    'Ver este correo en el navegador',
    '¿No ves bien este mensaje? Ábrelo aquí',
    '[Logo]',
    'Logo de {brand}',
    'Tienda | Mi cuenta | Ayuda',
    'Hola, {name}:',
    'Recibes este correo porque tienes una cuenta en {brand}.',
    '{brand}    Soporte    Pedidos    Contacto',
  ],
  pt: [
    'Ver este e-mail no navegador',
    'Não consegue visualizar este e-mail? Clique aqui',
    '[Logo]',
    'Logótipo {brand}',
    'Loja | Minha conta | Ajuda',
    'Olá {name},',
    'Você está recebendo este e-mail porque tem cadastro na {brand}.',
    '{brand}    Suporte    Encomendas    Contacto',
  ],
  it: [
    'Visualizza questa email nel browser',
    'Non visualizzi correttamente questa email? Aprila online',
    '[Logo]',
    'Logo {brand}',
    'Negozio | Il mio account | Assistenza',
    'Ciao {name},',
    'Ricevi questa email perché sei registrato su {brand}.',
    '{brand}    Supporto    Ordini    Contatti',
  ],
  nl: [
    'Bekijk deze e-mail in je browser',
    'Wordt deze e-mail niet goed weergegeven? Klik hier',
    '[Logo]',
    '{brand} logo',
    'Winkel | Mijn account | Klantenservice',
    'Hoi {name},',
    'Je ontvangt deze e-mail omdat je een account hebt bij {brand}.',
    '{brand}    Service    Bestellingen    Contact',
  ],
}

const FOOTERS: Record<Lang, readonly string[]> = {
  en: [
    'This is an automated message, please do not reply.\n{brand}, 14 Harbour Row, Leeds LS1 4XX\nPrivacy policy | Unsubscribe',
    '© 2026 {brand}. All rights reserved. Manage preferences: https://{domain}/prefs',
  ],
  de: [
    'Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht darauf.\n{brand}, Lindenstraße 8, 50667 Köln\nDatenschutz | Impressum | Abmelden',
    '© 2026 {brand} · Einstellungen verwalten: https://{domain}/einstellungen',
  ],
  fr: [
    'Ceci est un message automatique, merci de ne pas y répondre.\n{brand}, 21 rue des Tanneurs, 69002 Lyon\nConfidentialité | Se désinscrire',
    '© 2026 {brand} · Gérer mes préférences : https://{domain}/preferences',
  ],
  es: [
    'Este es un mensaje automático, por favor no respondas.\n{brand}, Calle Mayor 12, 28013 Madrid\nPrivacidad | Darse de baja',
    '© 2026 {brand} · Gestionar preferencias: https://{domain}/preferencias',
  ],
  pt: [
    'Esta é uma mensagem automática, por favor não responda.\n{brand}, Rua Augusta 40, 1100-053 Lisboa\nPrivacidade | Cancelar subscrição',
    '© 2026 {brand} · Descadastrar: https://{domain}/descadastro',
  ],
  it: [
    'Questo è un messaggio automatico, ti preghiamo di non rispondere.\n{brand}, Via Roma 18, 20121 Milano\nPrivacy | Disiscriviti',
    '© 2026 {brand} · Gestisci le preferenze: https://{domain}/preferenze',
  ],
  nl: [
    'Dit is een automatisch bericht, je kunt hier niet op antwoorden.\n{brand}, Keizersgracht 91, 1015 CJ Amsterdam\nPrivacy | Afmelden',
    '© 2026 {brand} · Voorkeuren beheren: https://{domain}/voorkeuren',
  ],
}

export interface Dress {
  opening?: string
  footer?: string
  full: boolean
}

/** About half open with something other than the message; about a third keep their full body. */
export function dress(
  rng: Random,
  lang: Lang,
  values: Readonly<Record<string, string>>,
  openingShare = 0.5,
): Dress {
  const full = rng.chance(0.34)
  return {
    opening: rng.chance(openingShare) ? fill(rng.pick(OPENINGS[lang]), values) : undefined,
    footer: full ? fill(rng.pick(FOOTERS[lang]), values) : undefined,
    full,
  }
}
