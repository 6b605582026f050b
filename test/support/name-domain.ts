// The link warning's domain namer for tests that run without a background worker: the same
// function the worker answers with, called directly.
import { siteDomain } from '../../src/core/sender/site-domain.ts'

export const nameDomainHere = async (host: string): Promise<string | null> => siteDomain(host)
