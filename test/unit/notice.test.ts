import { describe, expect, it } from 'vitest'
import { computeNotice, NoticeError, snapshotChanges } from '../../cms/domain/notice'

describe('notice periods', () => {
  it('sets the objection deadline to the announcement plus the notice period, and the change takes effect then', () => {
    expect(computeNotice({ announcedAt: '2026-01-31T10:00:00Z', noticePeriodDays: 30 })).toEqual({
      announcedAt: '2026-01-31',
      objectionDeadline: '2026-03-02',
      effectiveAt: '2026-03-02',
    })
  })

  it('accepts a later deadline and a later effective date', () => {
    expect(
      computeNotice({
        announcedAt: '2026-01-01',
        noticePeriodDays: 30,
        requestedDeadline: '2026-02-15',
        effectiveAt: '2026-04-01',
      }),
    ).toEqual({
      announcedAt: '2026-01-01',
      objectionDeadline: '2026-02-15',
      effectiveAt: '2026-04-01',
    })
  })

  it('refuses a deadline shorter than the notice period', () => {
    expect(() =>
      computeNotice({
        announcedAt: '2026-01-01',
        noticePeriodDays: 30,
        requestedDeadline: '2026-01-20',
      }),
    ).toThrow(
      new NoticeError(
        'objectionDeadline',
        'The objection deadline must not be before 2026-01-31 (announcement 2026-01-01 + 30 days notice).',
      ),
    )
  })

  it('refuses a change that takes effect before customers could object', () => {
    expect(() =>
      computeNotice({ announcedAt: '2026-01-01', noticePeriodDays: 14, effectiveAt: '2026-01-10' }),
    ).toThrow(/cannot take effect before the objection deadline 2026-01-15/)
  })

  it('lists changed fields', () => {
    expect(
      snapshotChanges(
        { name: 'A', locations: ['DE'] },
        { name: 'A', locations: ['DE', 'US'], purpose: 'Hosting' },
      ),
    ).toEqual([
      { field: 'locations', from: ['DE'], to: ['DE', 'US'] },
      { field: 'purpose', from: null, to: 'Hosting' },
    ])
  })
})
