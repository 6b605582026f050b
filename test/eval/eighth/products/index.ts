// Every product of the eighth set, by family.
import type { Family, Product } from '../product.ts'
import { ALLAUTH_VERIFY } from './allauth.ts'
import { DEVISE_RESET } from './devise.ts'
import { DISCOURSE_VERIFY } from './discourse.ts'
import { FIREBASE_VERIFY } from './firebase.ts'
import { HAPPYFOX } from './happyfox.ts'
import { JIRA_SERVICE } from './jira-service.ts'
import { KEYCLOAK_RESET, KEYCLOAK_VERIFY } from './keycloak.ts'
import { KIT } from './kit.ts'
import { LARAVEL_RESET } from './laravel.ts'
import { LISTMONK } from './listmonk.ts'
import { MAILERLITE } from './mailerlite.ts'
import { MAILMAN } from './mailman.ts'
import { MAILPOET } from './mailpoet.ts'
import { OSTICKET } from './osticket.ts'
import { REQUEST_TRACKER } from './request-tracker.ts'
import { SUPABASE_MAGIC_LINK, SUPABASE_VERIFY } from './supabase.ts'
import { WORDPRESS_RESET } from './wordpress.ts'
import { ZAMMAD } from './zammad.ts'

export const PRODUCTS: readonly Product[] = [
  REQUEST_TRACKER,
  ZAMMAD,
  OSTICKET,
  JIRA_SERVICE,
  HAPPYFOX,
  KEYCLOAK_VERIFY,
  FIREBASE_VERIFY,
  SUPABASE_VERIFY,
  ALLAUTH_VERIFY,
  DISCOURSE_VERIFY,
  LISTMONK,
  MAILMAN,
  MAILPOET,
  KIT,
  MAILERLITE,
  KEYCLOAK_RESET,
  SUPABASE_MAGIC_LINK,
  LARAVEL_RESET,
  DEVISE_RESET,
  WORDPRESS_RESET,
]

export const productsOf = (family: Family): Product[] => PRODUCTS.filter((p) => p.family === family)
