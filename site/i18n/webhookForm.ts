/** Words of the webhook registration form (site/components/WebhookForm.astro), per locale. */
export const webhookFormText = {
  de: {
    title: 'Webhooks für Ihre Systeme',
    intro:
      'Ihr Vendor-Risk- oder GRC-System kann Änderungen als signierte HTTP-Anfragen (Standard Webhooks) empfangen. Nach dem Absenden sehen Sie das Signaturgeheimnis einmalig; Ihr Endpunkt muss zuerst eine Prüfanfrage beantworten.',
    url: 'HTTPS-Adresse Ihres Endpunkts',
    email: 'E-Mail für Störungsmeldungen',
    topics: 'Ereignisse',
    toms: 'Neue TOM-Versionen',
    subprocessors: 'Änderungen bei Unterauftragsverarbeitern',
    submit: 'Webhook registrieren',
    guide: 'Anleitung für Integratoren',
  },
  en: {
    title: 'Webhooks for your systems',
    intro:
      'Your vendor-risk or GRC system can receive changes as signed HTTP requests (Standard Webhooks). After submitting you see the signing secret once; your endpoint must first answer a verification request.',
    url: 'HTTPS address of your endpoint',
    email: 'E-mail for failure notices',
    topics: 'Events',
    toms: 'New TOM versions',
    subprocessors: 'Subprocessor changes',
    submit: 'Register webhook',
    guide: 'Guide for integrators',
  },
} as const
