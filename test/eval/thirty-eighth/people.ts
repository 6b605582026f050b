// Everyday people of each language: members, guests, donors, clients and the strangers who write
// to a public address for the first time, with personal mailboxes at common webmail providers.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const FIRST: Record<Lang, readonly string[]> = {
  en: ['Olivia', 'Harry', 'Amelia', 'Jack', 'Isla', 'Noah', 'Poppy', 'Leo', 'Ruby', 'Owen'],
  de: ['Lena', 'Felix', 'Marie', 'Jonas', 'Emma', 'Paul', 'Mia', 'Lukas', 'Hannah', 'Tim'],
  fr: ['Camille', 'Louis', 'Léa', 'Hugo', 'Chloé', 'Arthur', 'Manon', 'Théo', 'Inès', 'Paul'],
  es: ['Sofía', 'Hugo', 'Lucía', 'Martín', 'Paula', 'Daniel', 'Carmen', 'Álvaro', 'Elena', 'Iker'],
  pt: [
    'Beatriz',
    'Tiago',
    'Mariana',
    'Gonçalo',
    'Leonor',
    'Diogo',
    'Matilde',
    'Rafael',
    'Ana',
    'João',
  ],
  it: [
    'Sofia',
    'Lorenzo',
    'Aurora',
    'Matteo',
    'Chiara',
    'Leonardo',
    'Alice',
    'Tommaso',
    'Sara',
    'Luca',
  ],
  nl: ['Emma', 'Daan', 'Julia', 'Sem', 'Tess', 'Lucas', 'Sophie', 'Finn', 'Lotte', 'Bram'],
}

const LAST: Record<Lang, readonly string[]> = {
  en: ['Hughes', 'Patel', 'Clarke', 'Evans', 'Murphy', 'Walsh', 'Baker', 'Ward'],
  de: ['Schulz', 'Becker', 'Wagner', 'Koch', 'Richter', 'Wolf', 'Neumann', 'Schröder'],
  fr: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier'],
  es: ['García', 'López', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Ruiz', 'Gil'],
  pt: ['Silva', 'Santos', 'Ferreira', 'Pereira', 'Costa', 'Rodrigues', 'Martins', 'Sousa'],
  it: ['Rossi', 'Russo', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco'],
  nl: ['de Jong', 'Jansen', 'de Vries', 'van Dijk', 'Smit', 'Meijer', 'de Boer', 'Bos'],
}

const WEBMAIL: Record<Lang, readonly string[]> = {
  en: ['gmail.com', 'outlook.com', 'btinternet.com'],
  de: ['gmx.de', 'web.de', 't-online.de'],
  fr: ['orange.fr', 'free.fr', 'laposte.net'],
  es: ['gmail.com', 'hotmail.es', 'yahoo.es'],
  pt: ['sapo.pt', 'gmail.com', 'outlook.pt'],
  it: ['libero.it', 'virgilio.it', 'gmail.com'],
  nl: ['ziggo.nl', 'kpnmail.nl', 'gmail.com'],
}

export interface Someone {
  name: string
  first: string
  address: string
}

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/gu, '')
}

export function someone(rng: Random, lang: Lang): Someone {
  const first = rng.pick(FIRST[lang])
  const last = rng.pick(LAST[lang])
  const local = `${plain(first)}.${plain(last)}${rng.chance(0.4) ? rng.int(2, 99) : ''}`
  return { name: `${first} ${last}`, first, address: `${local}@${rng.pick(WEBMAIL[lang])}` }
}

export function fromLine(person: Someone): string {
  return `${person.name} <${person.address}>`
}
