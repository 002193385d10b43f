import { describe, expect, it } from 'vitest'
import { publicFormSlug } from '../../cms/serve/publicForms.mjs'

/** Which requests the CMS server answers itself (cms/serve/publicForms.mjs); Next takes the rest. */
describe('publicFormSlug', () => {
  it('names the public form posts as the API route’s slug, query strings aside', () => {
    expect(publicFormSlug('POST', '/api/trust-center/subscribe')).toEqual([
      'trust-center',
      'subscribe',
    ])
    expect(publicFormSlug('POST', '/api/trust-center/unsubscribe?id=1&token=t')).toEqual([
      'trust-center',
      'unsubscribe',
    ])
    expect(publicFormSlug('POST', '/api/trust-center/objections/confirm')).toEqual([
      'trust-center',
      'objections',
      'confirm',
    ])
  })

  it('leaves everything else to Next: other methods, paths, spellings', () => {
    for (const [method, url] of [
      ['GET', '/api/trust-center/subscribe'],
      ['OPTIONS', '/api/trust-center/subscribe'],
      ['POST', '/api/trust-center/subscribe/'],
      ['POST', '/api/trust-center/Subscribe'],
      ['POST', '/api/trust-center/subscribe/../../users/login'],
      ['POST', '/api/trust-center/%73ubscribe'],
      ['POST', '/api/users/login'],
      ['POST', '/api/trust-center/objections.csv'],
      ['POST', '//api/trust-center/subscribe'],
      ['POST', '/admin/api/trust-center/subscribe'],
      ['POST', undefined],
    ] as const)
      expect(publicFormSlug(method, url), `${method} ${url}`).toBeUndefined()
  })
})
