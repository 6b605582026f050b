// The inbox owners, one per language, and their colleagues and friends.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
  colleague: string
  friend: string
}

export const PEOPLE: Record<Lang, Person> = {
  en: {
    name: 'Harriet Lowden',
    first: 'Harriet',
    address: 'harriet.lowden@fastmail.example',
    colleague: 'Owen Pryce <owen.pryce@harbourline.example>',
    friend: 'Megan <meg.tolley@gmail.example>',
  },
  de: {
    name: 'Jonas Ebersberg',
    first: 'Jonas',
    address: 'j.ebersberg@posteo.example',
    colleague: 'Katrin Lüders <k.lueders@rheinwerk-planung.example>',
    friend: 'Basti <sebastian.holm@gmx.example>',
  },
  fr: {
    name: 'Camille Rouvière',
    first: 'Camille',
    address: 'camille.rouviere@orange.example',
    colleague: 'Thibault Garnier <t.garnier@atelier-lumen.example>',
    friend: 'Élodie <elodie.m@free.example>',
  },
  es: {
    name: 'Lucía Barrenechea',
    first: 'Lucía',
    address: 'lucia.barrenechea@gmail.example',
    colleague: 'Andrés Pineda <apineda@consultora-rioseco.example>',
    friend: 'Maite <maite.urrutia@hotmail.example>',
  },
  pt: {
    name: 'Beatriz Fagundes',
    first: 'Beatriz',
    address: 'bia.fagundes@sapo.example',
    colleague: 'Rui Mesquita <rui.mesquita@arquitetos-tejo.example>',
    friend: 'Carol <carol.nogueira@uol.example>',
  },
  it: {
    name: 'Matteo Ferrandi',
    first: 'Matteo',
    address: 'matteo.ferrandi@libero.example',
    colleague: 'Giulia Santoro <g.santoro@studio-pergola.example>',
    friend: 'Fede <federico.aresi@gmail.example>',
  },
  nl: {
    name: 'Sanne de Wolff',
    first: 'Sanne',
    address: 'sanne.dewolff@ziggo.example',
    colleague: 'Joris Bakels <joris@bureau-kade.example>',
    friend: 'Mirte <mirte.v@kpn.example>',
  },
}

export const QUIET_LANG: Lang = 'en'
