import type { CollectionConfig, Field, GlobalConfig } from 'payload'
import { FIELD_LABELS, GERMAN, VALUE_LABELS } from './adminLabels'

/**
 * An English text as { en, de }; texts that are already per language, or functions, stay as they
 * are. Every Payload label, description and group takes such a record where it takes a string.
 */
function both<T>(text: T): T | Record<string, string> {
  return typeof text === 'string' ? { en: text, de: GERMAN[text] ?? text } : text
}

type Option = string | { label: unknown; value: string }

function localiseField(field: Field): Field {
  // Fields are a union of 25 shapes; this walks the few properties they share, untyped on purpose.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const f: Record<string, any> = { ...field }
  if ('name' in f && typeof f.name === 'string' && f.type !== 'ui') {
    if (f.label === undefined && FIELD_LABELS[f.name]) f.label = FIELD_LABELS[f.name]
    else if (typeof f.label === 'string')
      f.label = { en: f.label, de: GERMAN[f.label] ?? FIELD_LABELS[f.name]?.de ?? f.label }
  }
  if (f.admin?.description) f.admin = { ...f.admin, description: both(f.admin.description) }
  if (f.labels) f.labels = { singular: both(f.labels.singular), plural: both(f.labels.plural) }
  if (Array.isArray(f.options))
    f.options = f.options.map((o: Option) => {
      const option = typeof o === 'string' ? { label: o, value: o } : o
      if (typeof option.label !== 'string') return option
      return {
        ...option,
        label:
          option.label === option.value && VALUE_LABELS[option.value]
            ? VALUE_LABELS[option.value]
            : both(option.label),
      }
    })
  if (Array.isArray(f.fields)) f.fields = f.fields.map(localiseField)
  if (f.type === 'tabs')
    f.tabs = f.tabs.map((tab: { fields: Field[] }) => ({
      ...tab,
      fields: tab.fields.map(localiseField),
    }))
  // The copy has the shape it was made from, with only texts changed.
  return f as Field
}

/**
 * The plugin's collections in German and English: every field label (by field name), description,
 * option and collection label the collection files state in English gets its German beside it.
 */
export function localiseCollection(
  collection: CollectionConfig,
  fallbackLabels?: CollectionConfig['labels'],
): CollectionConfig {
  return {
    ...collection,
    labels: !collection.labels
      ? fallbackLabels
      : {
          singular: both(collection.labels.singular),
          plural: both(collection.labels.plural),
        },
    admin: collection.admin && {
      ...collection.admin,
      description: both(collection.admin.description),
      group: both(collection.admin.group),
    },
    fields: collection.fields.map(localiseField),
  }
}

export function localiseGlobal(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    label: both(global.label),
    admin: global.admin && {
      ...global.admin,
      description: both(global.admin.description),
      group: both(global.admin.group),
    },
    fields: global.fields.map(localiseField),
  }
}
