'use client'
import { FieldChanges } from '../FieldChanges'
import type { ControlChange, MeasureChange, ReviewTexts, Summary } from './summary'

const added = { background: '#d4f7dc' }
const removed = { background: '#fcd9d9' }

/** One measure's change: word by word where it was edited, whole where it was added or removed. */
function MeasureText({ measure: m }: { measure: MeasureChange }) {
  if (m.words)
    return m.words.map((w, k) =>
      w.added ? (
        <ins key={k} style={added}>
          {w.value}
        </ins>
      ) : w.removed ? (
        <del key={k} style={removed}>
          {w.value}
        </del>
      ) : (
        <span key={k}>{w.value}</span>
      ),
    )
  if (m.kind === 'removed') return <del style={removed}>{m.from?.text}</del>
  if (m.kind === 'added') return <ins style={added}>{m.to?.text}</ins>
  return (m.to ?? m.from)?.text
}

function ControlDiff({ control, t }: { control: ControlChange; t: ReviewTexts }) {
  return (
    <li style={{ marginBottom: 8 }}>
      <strong>{control.toHeading ?? control.fromHeading}</strong>{' '}
      {control.kind !== 'matched' && (
        <em>({t.controlKinds[control.kind as keyof typeof t.controlKinds] ?? control.kind})</em>
      )}
      <ul style={{ paddingLeft: 16 }}>
        {control.measures.map((m, j) => (
          <li data-kind={m.kind} key={j}>
            <span style={{ fontSize: '0.85em', opacity: 0.8 }}>
              {t.measureKinds[m.kind as keyof typeof t.measureKinds] ?? m.kind}:{' '}
            </span>
            <MeasureText measure={m} />
          </li>
        ))}
      </ul>
    </li>
  )
}

/** What the changes are compared with: the version in force, or why there is nothing to compare. */
function ChangesHeading({ summary, t }: { summary: Summary; t: ReviewTexts }) {
  return (
    <h4 style={{ margin: '16px 0 4px' }}>
      {summary.status === 'published'
        ? t.inForce
        : summary.status === 'superseded'
          ? t.supersededNote
          : summary.current
            ? t.changesAgainst(summary.current.version)
            : t.firstVersion}
    </h4>
  )
}

/**
 * The changes under review: a subprocessor's pending fields, or a TOM version's changes against
 * the version in force per control and measure.
 */
export function ReviewChanges({
  summary,
  t,
  language,
}: {
  summary: Summary
  t: ReviewTexts
  language: 'de' | 'en'
}) {
  const changed = summary.diff?.controls ?? []
  return (
    <>
      {summary.changes ? (
        <>
          <h4 style={{ margin: '16px 0 4px' }}>
            {summary.status === 'published' ? t.nothingPending : t.pending}
          </h4>
          {!summary.published && <p style={{ margin: '0 0 8px' }}>{t.notPublished}</p>}
          {summary.changes.length > 0 && (
            <FieldChanges changes={summary.changes} language={language} />
          )}
        </>
      ) : (
        <ChangesHeading summary={summary} t={t} />
      )}
      {summary.diff && (
        <p style={{ margin: '0 0 8px' }}>
          {summary.diff.identical ? t.identical : t.counts(summary.diff.counts)}
        </p>
      )}
      {changed.length > 0 && (
        <ol
          className="trust-center-review__diff"
          style={{ margin: 0, paddingLeft: 20, maxHeight: 480, overflow: 'auto' }}
        >
          {changed.map((control, i) => (
            <ControlDiff control={control} key={i} t={t} />
          ))}
        </ol>
      )}
    </>
  )
}
