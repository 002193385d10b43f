/**
 * German and English labels of the plugin's fields, collections and options, as data. Fields are
 * looked up by name (the same name means the same thing in every collection of the plugin);
 * descriptions and option labels written in English in the collection files by their English text.
 */
type Pair = { en: string; de: string }

export const FIELD_LABELS: Record<string, Pair> = {
  name: { en: 'Name', de: 'Name' },
  slug: { en: 'Slug (URL)', de: 'Kürzel (URL)' },
  legalName: { en: 'Legal name', de: 'Firmierung' },
  address: { en: 'Address', de: 'Anschrift' },
  website: { en: 'Website', de: 'Website' },
  privacyContact: { en: 'Privacy contact', de: 'Datenschutzkontakt' },
  email: { en: 'E-mail', de: 'E-Mail' },
  url: { en: 'URL', de: 'URL' },
  dpoName: { en: 'Data protection officer', de: 'Datenschutzbeauftragte(r)' },
  dpoEmail: { en: 'DPO e-mail', de: 'E-Mail der/des DSB' },
  logo: { en: 'Logo', de: 'Logo' },
  description: { en: 'Description', de: 'Beschreibung' },
  certifications: { en: 'Certifications', de: 'Zertifizierungen' },
  issuer: { en: 'Issuer', de: 'Aussteller' },
  scope: { en: 'Scope', de: 'Geltungsbereich' },
  validUntil: { en: 'Valid until', de: 'Gültig bis' },
  noticePeriodDays: { en: 'Notice period (days)', de: 'Ankündigungsfrist (Tage)' },
  example: { en: 'Example company', de: 'Beispielunternehmen' },
  locale: { en: 'Language', de: 'Sprache' },
  company: { en: 'Company', de: 'Unternehmen' },
  title: { en: 'Title', de: 'Titel' },
  effectiveDate: { en: 'Effective date', de: 'Gültig ab' },
  version: { en: 'Version', de: 'Version' },
  status: { en: 'Status', de: 'Status' },
  publishedAt: { en: 'Published at', de: 'Veröffentlicht am' },
  publishedBy: { en: 'Published by', de: 'Veröffentlicht von' },
  lastEditedBy: { en: 'Last edited by', de: 'Zuletzt bearbeitet von' },
  fingerprint: { en: 'Fingerprint', de: 'Fingerabdruck' },
  changeSummary: { en: 'Change summary', de: 'Zusammenfassung der Änderungen' },
  changeKind: { en: 'Kind of change', de: 'Art der Änderung' },
  preamble: { en: 'Preamble', de: 'Präambel' },
  sections: { en: 'Sections', de: 'Abschnitte' },
  number: { en: 'Number', de: 'Nummer' },
  heading: { en: 'Heading', de: 'Überschrift' },
  category: { en: 'Category', de: 'Kategorie' },
  alsoCovers: { en: 'Also covers', de: 'Umfasst auch' },
  legalBasis: { en: 'Legal basis', de: 'Rechtsgrundlage' },
  text: { en: 'Text', de: 'Text' },
  controls: { en: 'Controls', de: 'Kontrollen' },
  implicit: {
    en: 'Measures directly under the section',
    de: 'Maßnahmen direkt unter dem Abschnitt',
  },
  columns: { en: 'Column headings', de: 'Spaltenüberschriften' },
  measures: { en: 'Measures', de: 'Maßnahmen' },
  detail: { en: 'Detail', de: 'Erläuterung' },
  note: { en: 'Note', de: 'Anmerkung' },
  groups: { en: 'Scope groups', de: 'Geltungsgruppen' },
  label: { en: 'Label', de: 'Bezeichnung' },
  closing: { en: 'Closing', de: 'Schluss' },
  source: { en: 'Source document', de: 'Quelldokument' },
  filename: { en: 'File name', de: 'Dateiname' },
  sha256: { en: 'SHA-256', de: 'SHA-256' },
  reviewLog: { en: 'Review history', de: 'Prüfverlauf' },
  reviewStatus: { en: 'Review', de: 'Prüfung' },
  _status: { en: 'Publication', de: 'Veröffentlichung' },
  action: { en: 'Step', de: 'Schritt' },
  by: { en: 'By', de: 'Von' },
  at: { en: 'At', de: 'Am' },
  comment: { en: 'Comment', de: 'Kommentar' },
  parseWarnings: { en: 'Import warnings', de: 'Import-Hinweise' },
  legalEntity: { en: 'Legal entity and address', de: 'Rechtsträger und Anschrift' },
  linkedCompany: { en: 'Own TOMs in this trust center', de: 'Eigene TOMs in diesem Trust Center' },
  purpose: { en: 'Service / purpose', de: 'Leistung / Zweck' },
  dataCategories: { en: 'Data categories', de: 'Datenkategorien' },
  locations: { en: 'Processing locations', de: 'Verarbeitungsorte' },
  transferSafeguard: { en: 'Transfer safeguard', de: 'Garantie für Drittlandtransfer' },
  announcedAt: { en: 'Announced on', de: 'Angekündigt am' },
  effectiveFrom: { en: 'Effective from', de: 'Gültig ab' },
  endedAt: { en: 'Ended on', de: 'Beendet am' },
  changeNote: { en: 'What changes and why', de: 'Was sich ändert und warum' },
  objectionDeadline: { en: 'Objection deadline', de: 'Widerspruchsfrist bis' },
  changeEffectiveAt: { en: 'Change takes effect on', de: 'Änderung gilt ab' },
  subprocessor: { en: 'Subprocessor', de: 'Unterauftragsverarbeiter' },
  kind: { en: 'Kind', de: 'Art' },
  material: { en: 'Material', de: 'Wesentlich' },
  imported: { en: 'Imported', de: 'Importiert' },
  changes: { en: 'Changes', de: 'Änderungen' },
  snapshot: { en: 'Snapshot', de: 'Momentaufnahme' },
  effectiveAt: { en: 'Effective on', de: 'Wirksam am' },
  alt: { en: 'Alternative text', de: 'Alternativtext' },
  topics: { en: 'Topics', de: 'Themen' },
  confirmTokenHash: { en: 'Confirmation token (hash)', de: 'Bestätigungstoken (Hash)' },
  confirmTokenExpiresAt: { en: 'Confirmation expires at', de: 'Bestätigung läuft ab am' },
  consentAt: { en: 'Consent given at', de: 'Einwilligung am' },
  confirmedAt: { en: 'Confirmed at', de: 'Bestätigt am' },
  unsubscribedAt: { en: 'Unsubscribed at', de: 'Abgemeldet am' },
  eventKey: { en: 'Event', de: 'Ereignis' },
  subscriber: { en: 'Subscriber', de: 'Abonnent' },
  attempts: { en: 'Attempts', de: 'Versuche' },
  lastError: { en: 'Last error', de: 'Letzter Fehler' },
  messageId: { en: 'Message-ID', de: 'Message-ID' },
  sentAt: { en: 'Sent at', de: 'Gesendet am' },
  role: { en: 'Role', de: 'Rolle' },
  state: { en: 'State', de: 'Zustand' },
  target: { en: 'Target', de: 'Ziel' },
  trigger: { en: 'Trigger', de: 'Auslöser' },
  queuedAt: { en: 'Queued at', de: 'Eingereiht am' },
  startedAt: { en: 'Started at', de: 'Gestartet am' },
  finishedAt: { en: 'Finished at', de: 'Beendet am' },
  message: { en: 'Message', de: 'Meldung' },
  prose: { en: 'Written as prose', de: 'Als Fließtext beschrieben' },
  brand: { en: 'Brand colours', de: 'Markenfarben' },
  ownerEmail: { en: "Owner's e-mail", de: 'E-Mail der verantwortlichen Person' },
  ownerEmailStatus: { en: 'Owner address', de: 'Adresse der verantwortlichen Person' },
  ownerConfirmedAt: { en: 'Owner address confirmed at', de: 'Adresse bestätigt am' },
  ownerConfirmTokenHash: {
    en: 'Owner confirmation token (hash)',
    de: 'Bestätigungstoken der Adresse (Hash)',
  },
  secret: { en: 'Signing secret', de: 'Signaturgeheimnis' },
  verifiedAt: { en: 'Verified at', de: 'Bestätigt am' },
  failingSince: { en: 'Failing since', de: 'Fehlerhaft seit' },
  disabledAt: { en: 'Disabled at', de: 'Deaktiviert am' },
  endpoint: { en: 'Endpoint', de: 'Endpunkt' },
  responseStatus: { en: 'Response status', de: 'Antwortstatus' },
  lastAttemptAt: { en: 'Last attempt at', de: 'Letzter Versuch am' },
  deliveredAt: { en: 'Delivered at', de: 'Zugestellt am' },
  receipt: { en: 'Receipt number', de: 'Eingangsnummer' },
  event: { en: 'Change', de: 'Änderung' },
  organisation: { en: 'Organisation', de: 'Organisation' },
  reason: { en: 'Reason', de: 'Begründung' },
  submittedAt: { en: 'Submitted at', de: 'Eingereicht am' },
  notifyPending: { en: 'Notification pending', de: 'Benachrichtigung ausstehend' },
  key: { en: 'Key', de: 'Schlüssel' },
  count: { en: 'Count', de: 'Anzahl' },
  resetAt: { en: 'Window ends', de: 'Zeitfenster endet' },
}

/** German for labels, descriptions and option labels the collection files state in English. */
export const GERMAN: Record<string, string> = {
  // the admin's navigation groups
  'Trust center': 'Trust Center',
  Settings: 'Einstellungen',
  Subscriptions: 'Abonnements',
  'Export as CSV: /api/trust-center/objections.csv (optionally ?event=ID).':
    'Export als CSV: /api/trust-center/objections.csv (optional ?event=ID).',
  Company: 'Unternehmen',
  Companies: 'Unternehmen',
  'TOM version': 'TOM-Version',
  'TOM versions': 'TOM-Versionen',
  Subprocessor: 'Unterauftragsverarbeiter',
  Subprocessors: 'Unterauftragsverarbeiter',
  'Subprocessor change': 'Änderung bei Unterauftragsverarbeitern',
  'Subprocessor changes': 'Änderungen bei Unterauftragsverarbeitern',
  Notification: 'Benachrichtigung',
  Notifications: 'Benachrichtigungen',
  'Site build': 'Website-Build',
  Measure: 'Maßnahme',
  Measures: 'Maßnahmen',
  Control: 'Kontrolle',
  Controls: 'Kontrollen',
  Section: 'Abschnitt',
  Sections: 'Abschnitte',
  'Scope group': 'Geltungsgruppe',
  'Scope groups': 'Geltungsgruppen',
  'Data protection officer': 'Datenschutzbeauftragte(r)',
  'DPO e-mail': 'E-Mail der/des DSB',
  'Vendor name': 'Name des Anbieters',
  'Service / purpose': 'Leistung / Zweck',
  'This change': 'Diese Änderung',
  'What changes and why': 'Was sich ändert und warum',
  'Change takes effect on': 'Änderung gilt ab',
  'Alternative text': 'Alternativtext',
  'Part of every public URL (/{slug}/); customers cite these URLs, so keep it stable.':
    'Teil jeder öffentlichen Adresse (/{slug}/); Kunden zitieren diese Adressen, also bitte stabil halten.',
  'Days between announcing a subprocessor change and its effective date (objection period).':
    'Tage zwischen der Ankündigung einer Änderung bei Unterauftragsverarbeitern und ihrem Inkrafttreten (Widerspruchsfrist).',
  'A fictional company for demonstration; its pages say so prominently.':
    'Ein erfundenes Unternehmen zur Demonstration; seine Seiten sagen das deutlich.',
  'Defaults to the effective date (YYYY-MM-DD).': 'Standard ist das Gültigkeitsdatum (JJJJ-MM-TT).',
  'Under the four-eyes rule this person cannot publish.':
    'Nach dem Vier-Augen-Prinzip darf diese Person nicht veröffentlichen.',
  'sha256 of the canonical JSON (RFC 8785) of the published content; set when publishing.':
    'sha256 des kanonischen JSON (RFC 8785) des veröffentlichten Inhalts; wird beim Veröffentlichen gesetzt.',
  'What changed and why, written by legal; shown on the changes page and in feeds.':
    'Was sich geändert hat und warum, von Legal formuliert; erscheint auf der Änderungsseite und in den Feeds.',
  'The document lists these measures directly under the section heading.':
    'Das Dokument führt diese Maßnahmen direkt unter der Abschnittsüberschrift auf.',
  'Column headings when the measures come from a table, e.g. ["Maßnahmen", "Beschreibung"].':
    'Spaltenüberschriften, wenn die Maßnahmen aus einer Tabelle stammen, z. B. ["Maßnahmen", "Beschreibung"].',
  'Measures that apply to one scope, e.g. "In Datenzentren" or "Betriebssystemebene".':
    'Maßnahmen für einen Geltungsbereich, z. B. „In Datenzentren“ oder „Betriebssystemebene“.',
  'The original document this version was imported from (provenance).':
    'Das Originaldokument, aus dem diese Version importiert wurde (Herkunft).',
  'Warnings from the import, with source line numbers.':
    'Hinweise aus dem Import, mit Zeilennummern der Quelle.',
  'The company that engages this subprocessor.':
    'Das Unternehmen, das diesen Unterauftragsverarbeiter einsetzt.',
  'When the vendor publishes its own TOMs in this trust center.':
    'Wenn der Anbieter seine eigenen TOMs in diesem Trust Center veröffentlicht.',
  'Processing locations as ISO 3166-1 alpha-2 codes, e.g. DE, FR, US.':
    'Verarbeitungsorte als ISO-3166-1-Alpha-2-Codes, z. B. DE, FR, US.',
  'Describes the change you are preparing; reset when it is published. Publishing records a change event.':
    'Beschreibt die Änderung, die Sie vorbereiten; wird beim Veröffentlichen geleert. Veröffentlichen erzeugt ein Änderungsereignis.',
  'Where the pending change stands; set by the review buttons.':
    'Wo die offene Änderung steht; von den Prüf-Schaltflächen gesetzt.',
  'Only to grant more time than the notice period.':
    'Nur, um mehr Zeit als die Ankündigungsfrist zu gewähren.',
  'Non-material (editorial) changes notify nobody.':
    'Nicht wesentliche (redaktionelle) Änderungen benachrichtigen niemanden.',
  'Recorded when an existing subprocessor was imported; no notice was given here.':
    'Beim Import eines bestehenden Unterauftragsverarbeiters erfasst; hier wurde nichts angekündigt.',
  'What happened, e.g. tom-version:12': 'Was geschah, z. B. tom-version:12',
  'Shown wherever this person edited, published or locked something. Defaults to the part of the e-mail before the @.':
    'Wird überall angezeigt, wo diese Person etwas bearbeitet, veröffentlicht oder gesperrt hat. Standard ist der Teil der E-Mail vor dem @.',
  'Publishing triggers a rebuild of the static site. A failed build leaves the previous site online.':
    'Veröffentlichen stößt einen Neubau der statischen Website an. Schlägt er fehl, bleibt die bisherige Website online.',
  'Deploy hook or local command.': 'Deploy-Hook oder lokaler Befehl.',
  'The changes that caused the build.': 'Die Änderungen, die den Build ausgelöst haben.',
  'Result, or why the build failed (end of its output).':
    'Ergebnis, oder warum der Build fehlschlug (Ende seiner Ausgabe).',
  Material: 'Wesentlich',
  Editorial: 'Redaktionell',
  'EU/EEA (no third-country transfer)': 'EU/EWR (keine Drittlandübermittlung)',
  'Adequacy decision (Art. 45)': 'Angemessenheitsbeschluss (Art. 45)',
  'EU-US Data Privacy Framework': 'EU-US Data Privacy Framework',
  'Standard contractual clauses (Art. 46(2)(c))':
    'Standardvertragsklauseln (Art. 46 Abs. 2 lit. c)',
  'Binding corporate rules (Art. 47)': 'Verbindliche interne Datenschutzvorschriften (Art. 47)',
  'Other (see notes)': 'Sonstiges (siehe Anmerkungen)',
  'Material (customers are notified)': 'Wesentlich (Kunden werden benachrichtigt)',
  'Editorial correction (no notification)': 'Redaktionelle Korrektur (keine Benachrichtigung)',
  Admin: 'Admin',
  'Editor (drafts)': 'Redaktion (Entwürfe)',
  'Legal (reviews and publishes)': 'Legal (prüft und veröffentlicht)',
  'ISO 3166-1 alpha-2 codes of the countries whose law applies to the infrastructure used, e.g. DE, IE.':
    'ISO-3166-1-Alpha-2-Codes der Länder, deren Recht für die genutzte Infrastruktur gilt, z. B. DE, IE.',
  'For customers in the financial sector. Leave empty when not known.':
    'Für Kunden aus dem Finanzsektor. Leer lassen, wenn nicht bekannt.',
  'Legal Entity Identifier (ISO 17442), e.g. 506700GE1G29325QX363.':
    'Rechtsträgerkennung (Legal Entity Identifier, ISO 17442), z. B. 506700GE1G29325QX363.',
  'ISO 3166-1 alpha-2, e.g. DE.': 'ISO 3166-1 Alpha-2, z. B. DE.',
  'Where data is stored (at rest); the processing locations above say where it is processed.':
    'Wo Daten gespeichert werden; die Verarbeitungsorte oben sagen, wo sie verarbeitet werden.',
  'The business function this ICT service supports, e.g. "Payment processing", "E-mail".':
    'Die Geschäftsfunktion, die dieser IKT-Dienst unterstützt, z. B. „Zahlungsabwicklung“, „E-Mail“.',
  '1 = engaged by us directly for the customer’s service; 2 = engaged by a rank-1 provider; … (the DORA CSV adds 1: in the customer’s register we are rank 1)':
    '1 = von uns direkt für die Leistung an den Kunden beauftragt; 2 = von einem Dienstleister mit Rang 1 beauftragt; … (die DORA-CSV zählt 1 hinzu: im Register des Kunden haben wir Rang 1)',
  'Confirmed objections to this change.': 'Bestätigte Einsprüche gegen diese Änderung.',
  'Told when the endpoint is disabled, once the address is confirmed.':
    'Wird benachrichtigt, wenn der Endpunkt deaktiviert wird, sobald die Adresse bestätigt ist.',
  'Nothing but the confirmation request is sent to an unconfirmed address.':
    'An eine unbestätigte Adresse geht nur die Bitte um Bestätigung.',
  'First failed delivery since the last success.':
    'Erste fehlgeschlagene Zustellung seit der letzten erfolgreichen.',
  'webhook-id header: the same on every attempt, so receivers drop repeats.':
    'Header webhook-id: bei jedem Versuch gleich, damit Empfänger Wiederholungen verwerfen.',
  'Given when the objector confirmed the e-mail address.':
    'Wird vergeben, sobald die einsprechende Person ihre E-Mail-Adresse bestätigt hat.',
  'Accent colour (dark scheme)': 'Akzentfarbe (dunkles Schema)',
  'Accent colour (light scheme)': 'Akzentfarbe (helles Schema)',
  'Countries of data storage': 'Länder der Datenspeicherung',
  'Country of headquarters': 'Land des Hauptsitzes',
  'DORA register of information (optional)': 'DORA-Informationsregister (optional)',
  'EU Data Act Art. 28 disclosure (optional)': 'Offenlegung nach Art. 28 EU Data Act (optional)',
  'Function supported': 'Unterstützte Funktion',
  'Jurisdiction, explained': 'Rechtsordnung, erläutert',
  'Jurisdictions of the ICT infrastructure': 'Rechtsordnungen der IKT-Infrastruktur',
  LEI: 'LEI',
  'Measures against unlawful international governmental access':
    'Maßnahmen gegen unrechtmäßigen staatlichen Zugriff aus Drittländern',
  'Rank in the sub-outsourcing chain': 'Rang in der Unterauftragskette',
  'Webhook endpoint': 'Webhook-Endpunkt',
  'Webhook endpoints': 'Webhook-Endpunkte',
  'Webhook delivery': 'Webhook-Zustellung',
  'Webhook deliveries': 'Webhook-Zustellungen',
  Objection: 'Einspruch',
  Objections: 'Einsprüche',
  '"Written as prose": the document describes the measure in a paragraph, not as a list item.':
    '„Als Fließtext beschrieben“: Das Dokument beschreibt die Maßnahme in einem Absatz, nicht als Listenpunkt.',
  'Rate limit': 'Anfragebegrenzung',
  'Rate limits': 'Anfragebegrenzungen',
  'The document describes this in a paragraph, not as a list: the paragraph is the measure.':
    'Das Dokument beschreibt dies in einem Absatz, nicht als Liste: der Absatz ist die Maßnahme.',
}

/** Options whose label is the raw value (a slug): how people read them. */
export const VALUE_LABELS: Record<string, Pair> = {
  draft: { en: 'Draft', de: 'Entwurf' },
  announced: { en: 'Announced', de: 'Angekündigt' },
  active: { en: 'Active', de: 'Aktiv' },
  ended: { en: 'Ended', de: 'Beendet' },
  added: { en: 'Added', de: 'Hinzugefügt' },
  changed: { en: 'Changed', de: 'Geändert' },
  removed: { en: 'Removed', de: 'Entfernt' },
  subprocessors: { en: 'Subprocessors', de: 'Unterauftragsverarbeiter' },
  toms: { en: 'TOMs', de: 'TOMs' },
  pending: { en: 'Pending', de: 'Ausstehend' },
  confirmed: { en: 'Confirmed', de: 'Bestätigt' },
  unsubscribed: { en: 'Unsubscribed', de: 'Abgemeldet' },
  sending: { en: 'Sending', de: 'Wird gesendet' },
  sent: { en: 'Sent', de: 'Gesendet' },
  skipped: { en: 'Skipped', de: 'Übersprungen' },
  failed: { en: 'Failed', de: 'Fehlgeschlagen' },
  idle: { en: 'Idle', de: 'Ruhend' },
  queued: { en: 'Queued', de: 'Eingereiht' },
  building: { en: 'Building', de: 'Wird gebaut' },
  succeeded: { en: 'Succeeded', de: 'Erfolgreich' },
}

/** Collections whose files give no labels, by their role in the plugin (slugs are configurable). */
export const COLLECTION_LABELS = {
  media: { singular: { en: 'Image', de: 'Bild' }, plural: { en: 'Images', de: 'Bilder' } },
  subscribers: {
    singular: { en: 'Subscriber', de: 'Abonnent' },
    plural: { en: 'Subscribers', de: 'Abonnenten' },
  },
  users: { singular: { en: 'User', de: 'Benutzer' }, plural: { en: 'Users', de: 'Benutzer' } },
}
