/**
 * German and English: the language comes from the browser (navigator.languages) unless the person
 * picked one, which is remembered. Every label lives in these two dictionaries; German must have every
 * English key (the type enforces it). Dates, prices and relative times go through Intl.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

const en = {
  'app.title': 'calsync',
  'app.skip': 'Skip to content',
  'app.loading': 'Loading…',
  'app.notAvailable': 'Not available yet: this server does not offer this feature ({path}).',
  'app.error': 'Something went wrong: {message}',
  'app.retry': 'Try again',
  'app.close': 'Close',
  'app.cancel': 'Cancel',
  'app.save': 'Save',
  'app.saving': 'Saving…',
  'app.yes': 'yes',
  'app.no': 'no',
  'app.none': '—',
  'app.copy': 'Copy',
  'app.copied': 'Copied',
  'app.copyFailed': 'Could not copy; select the text and copy it by hand.',
  'app.show': 'Show',
  'app.hide': 'Hide',
  'app.live': 'Updates live',
  'app.paused': 'Updates paused while this tab is hidden',
  'app.noCompany': 'No company yet. An administrator creates one with POST /api/companies.',
  'app.language': 'Language',
  'app.company': 'Company',
  'app.signedInAs': 'Signed in as {email}',
  'app.notFound': 'This page does not exist.',
  'app.back': 'Back to services',

  'nav.main': 'Main',
  'nav.services': 'Services',
  'nav.conflicts': 'Conflicts',
  'nav.appointments': 'Appointments',
  'nav.webhooks': 'Webhooks',
  'nav.overview': 'Sync overview',
  'nav.settings': 'Settings',
  'nav.logout': 'Sign out',

  'login.title': 'Sign in to calsync',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.busy': 'Signing in…',
  'login.failed': 'Sign-in failed: {message}',
  'login.required': 'Enter your email and password.',

  'sync.never': 'never synced',
  'sync.pending': 'pending',
  'sync.synced': 'synced',
  'sync.error': 'error',
  'sync.label': 'Sync: {status}',
  'sync.words.never': 'Never sent to Cal.com yet.',
  'sync.words.pending': 'Changes are waiting to be sent to Cal.com (queued or being retried).',
  'sync.words.synced': 'Cal.com holds calsync’s current values.',
  'sync.words.error': 'The last transfer to Cal.com failed; someone needs to look at it.',
  'active.yes': 'active',
  'active.no': 'inactive',
  'active.label': 'Active: {value}',
  'online.yes': 'online',
  'online.no': 'not online',
  'online.label': 'Online booking: {value}',
  'bookable.both': 'Bookable: phone and online',
  'bookable.phone': 'Bookable: phone only',
  'bookable.online': 'Bookable: online only',
  'bookable.none': 'Not bookable',
  'drift.chip': 'Cal.com differs ({count})',
  'drift.chipConflict': 'Conflict ({count})',

  'status.details': 'Status details for {name}',
  'status.direction': 'Direction',
  'status.directionValue': 'Platform → Cal.com',
  'status.status': 'Status',
  'status.lastSync': 'Last successful sync',
  'status.lastSyncNever': 'never',
  'status.error': 'Problem',
  'status.bookablePhone': 'Bookable by phone',
  'status.bookableOnline': 'Bookable online',
  'status.reasons': 'Why not',
  'status.divergences': 'Open differences with Cal.com',
  'status.noDivergences': 'none',
  'status.eventType': 'Cal.com event type',

  'reason.inactive': 'The service is switched off (not active).',
  'reason.pending': 'Changes are still on their way to Cal.com.',
  'reason.error': 'The last transfer to Cal.com failed; see the sync error.',
  'reason.never': 'The service has never been transferred to Cal.com.',
  'reason.noEventType': 'The service has no Cal.com event type.',
  'reason.duration': 'Cal.com shows a different duration than calsync; resolve the difference first.',
  'reason.visibility': 'Cal.com shows a different visibility than calsync; resolve the difference first.',
  'reason.phoneOnly': 'The service is bookable by phone only (not online).',

  'field.name': 'Name',
  'field.slug': 'Link name (slug)',
  'field.description': 'Description',
  'field.durationMinutes': 'Duration (minutes)',
  'field.price': 'Price',
  'field.currency': 'Currency',
  'field.isActive': 'Active',
  'field.isOnline': 'Bookable online',
  'field.visibility': 'Visibility',
  'field.bufferTimeMinutes': 'Buffer after (minutes)',
  'field.beforeEventBuffer': 'Buffer before (minutes)',
  'field.minimumBookingNotice': 'Minimum booking notice (minutes)',
  'field.requiresConfirmation': 'Requires confirmation',
  'field.disableGuests': 'No extra guests',
  'field.scheduleId': 'Schedule',
  'field.locations': 'Locations',
  'field.bookingFields': 'Booking questions',
  'field.branchId': 'Branch',
  'field.calcomEventTypeId': 'Cal.com event type',
  'field.syncStatus': 'Sync status',
  'field.syncError': 'Sync error',
  'field.lastCalcomSync': 'Last sync',

  'services.title': 'Services',
  'services.new': 'New service',
  'services.search': 'Search by name or link',
  'services.filters': 'Filters',
  'services.filter.syncStatus': 'Sync status',
  'services.filter.active': 'Active',
  'services.filter.online': 'Online',
  'services.filter.bookable': 'Bookable',
  'services.filter.drift': 'Difference with Cal.com',
  'services.filter.branch': 'Branch',
  'services.filter.any': 'All',
  'services.filter.yes': 'Yes',
  'services.filter.no': 'No',
  'services.filter.bookablePhone': 'By phone',
  'services.filter.bookableOnline': 'Online',
  'services.filter.bookableNone': 'Not bookable',
  'services.filter.drifted': 'Differs',
  'services.filter.notDrifted': 'Matches',
  'services.filter.reset': 'Clear filters',
  'services.col.name': 'Name',
  'services.col.branch': 'Branch',
  'services.col.duration': 'Duration',
  'services.col.price': 'Price',
  'services.col.status': 'Status',
  'services.col.lastSync': 'Last sync',
  'services.col.actions': 'Actions',
  'services.sortBy': 'Sort by {column}',
  'services.count': '{from}–{to} of {total}',
  'services.empty': 'No services match.',
  'services.prev': 'Previous page',
  'services.next': 'Next page',
  'services.pageSize': 'Rows per page',
  'services.paging': 'Pages',
  'services.caption': 'Services of {company}',
  'services.minutes': '{n} min',
  'services.bookableFilteredNote': 'The bookable filter is applied to the rows of this page.',
  'services.reconcile': 'Check Cal.com for changes',
  'services.reconciling': 'Checking Cal.com…',
  'services.reconciled': 'Checked Cal.com: {summary}',

  'action.sync': 'Sync to Cal.com',
  'action.syncFor': 'Sync to Cal.com: {name}',
  'action.reload': 'Reload from Cal.com…',
  'action.reloadFor': 'Reload from Cal.com: {name}',
  'action.reset': 'Reset sync status',
  'action.resetFor': 'Reset sync status: {name}',
  'action.edit': 'Edit',
  'outcome.syncQueued': '“{name}” is queued for Cal.com; the status updates by itself.',
  'outcome.resetQueued': 'The error on “{name}” was cleared and a new transfer is queued.',
  'outcome.reloaded': 'Took {count} value(s) from Cal.com into “{name}”.',
  'outcome.failed': 'That did not work: {message}',
  'outcome.saved': 'Saved “{name}”. It is now on its way to Cal.com.',
  'outcome.created': 'Created “{name}”. It is now on its way to Cal.com.',

  'reload.title': 'Reload “{name}” from Cal.com',
  'reload.intro': 'These fields differ. Choose which of Cal.com’s values calsync should take over. Nothing changes until you confirm.',
  'reload.field': 'Field',
  'reload.platform': 'calsync now',
  'reload.calcom': 'Cal.com',
  'reload.take': 'Take Cal.com’s value for {field}',
  'reload.none': 'calsync and Cal.com agree: there is nothing to reload.',
  'reload.confirm': 'Take selected values from Cal.com',
  'reload.busy': 'Loading the differences…',
  'reload.chooseOne': 'Select at least one field.',

  'form.newTitle': 'New service',
  'form.editTitle': 'Edit service',
  'form.create': 'Create service',
  'form.priceNote': 'The price stays in calsync: Cal.com cannot receive prices (payments are set up in Cal.com’s Stripe app).',
  'form.noBranch': 'No branch',
  'form.invalid': 'Please correct the marked fields.',
  'form.err.nameRequired': 'Enter a name.',
  'form.err.nameLong': 'At most 200 characters.',
  'form.err.descriptionLong': 'At most 5,000 characters.',
  'form.err.duration': 'A whole number of minutes from 1 to 1,440.',
  'form.err.price': 'A number of at least 0 with at most two decimals.',
  'form.err.currency': 'A three-letter code such as EUR.',
  'form.err.minutes': 'A whole number of minutes, 0 or more.',

  'service.title': 'Service',
  'service.statusHeading': 'Status',
  'service.divergencesHeading': 'Differences with Cal.com',
  'service.historyHeading': 'History',
  'service.notFound': 'This service does not exist or belongs to another company.',

  'div.kind.divergence': 'changed in Cal.com',
  'div.kind.conflict': 'conflict: changed on both sides',
  'div.lastSynced': 'last synced',
  'div.detected': 'found {when}',
  'div.keepPlatform': 'Keep calsync’s (sync to Cal.com)',
  'div.takeCalcom': 'Take Cal.com’s',
  'div.resolvedOutcome': 'Resolved {field} of “{name}”.',

  'conflicts.title': 'Conflicts inbox',
  'conflicts.intro': 'Every open difference between calsync and Cal.com in this company. Keep calsync’s value (it is pushed to Cal.com) or take Cal.com’s.',
  'conflicts.empty': 'No open differences. calsync and Cal.com agree.',
  'conflicts.service': 'Service',
  'conflicts.kind': 'Kind',
  'conflicts.fallback': 'Showing the differences of drifted services (the company-wide list is not available on this server).',

  'history.empty': 'No history yet.',
  'history.by': 'by {actor}',
  'history.action.created': 'Created',
  'history.action.edited': 'Edited',
  'history.action.push': 'Sent to Cal.com',
  'history.action.push_failed': 'Sending to Cal.com failed',
  'history.action.push_deferred': 'Sending postponed',
  'history.action.divergence_found': 'Difference found in Cal.com',
  'history.action.divergence_resolved': 'Difference resolved',
  'history.action.reloaded': 'Reloaded from Cal.com',
  'history.action.imported': 'Imported from Cal.com',
  'history.action.orphaned': 'Event type deleted in Cal.com',
  'history.action.reset': 'Sync status reset',
  'history.action.sync_requested': 'Sync requested',
  'history.action.policy_changed': 'Policy changed',
  'history.action.connection_broken': 'Connection to Cal.com lost',
  'history.action.connection_restored': 'Connection to Cal.com restored',

  'appointments.title': 'Appointments',
  'appointments.empty': 'No appointments yet.',
  'appointments.start': 'Start',
  'appointments.end': 'End',
  'appointments.service': 'Service',
  'appointments.status': 'Status',
  'appointments.attendees': 'Attendees',
  'appointments.uid': 'Booking',
  'appointments.status.pending': 'awaiting confirmation',
  'appointments.status.booked': 'booked',
  'appointments.status.rescheduled': 'rescheduled',
  'appointments.status.cancelled': 'cancelled',
  'appointments.status.rejected': 'rejected',

  'webhooks.title': 'Webhook inbox',
  'webhooks.intro': 'Deliveries Cal.com sent to calsync. Failed ones can be processed again.',
  'webhooks.empty': 'No deliveries.',
  'webhooks.filter': 'Show',
  'webhooks.all': 'All',
  'webhooks.failed': 'Failed',
  'webhooks.processed': 'Processed',
  'webhooks.received': 'Received',
  'webhooks.event': 'Event',
  'webhooks.status': 'Status',
  'webhooks.error': 'Error',
  'webhooks.replay': 'Process again',
  'webhooks.replayFor': 'Process again: delivery {id}',
  'webhooks.replayed': 'Delivery queued for processing again.',

  'settings.title': 'Company settings',
  'settings.name': 'Company name',
  'settings.calcom': 'Cal.com connection',
  'settings.apiUrl': 'Cal.com API URL',
  'settings.apiKey': 'Cal.com API key',
  'settings.apiKeyCurrent': 'Current key: {hint} (hidden)',
  'settings.apiKeyNew': 'New API key (leave empty to keep the current one)',
  'settings.connection': 'Connection',
  'settings.connected': 'Connected as {username}',
  'settings.notConnected': 'Not connected: {error}',
  'settings.test': 'Test connection',
  'settings.testing': 'Testing…',
  'settings.testOk': 'Cal.com answered: connected as {username}.',
  'settings.testFailed': 'Cal.com did not accept the connection: {error}',
  'settings.saved': 'Settings saved.',
  'settings.webhook': 'Webhook',
  'settings.webhookUrl': 'Webhook URL',
  'settings.webhookSecret': 'Webhook secret',
  'settings.webhookHelp': 'Enter this URL and secret in Cal.com (Settings → Developer → Webhooks), or let calsync register it.',
  'settings.register': 'Register webhook in Cal.com',
  'settings.registered': 'Webhook registered in Cal.com.',
  'settings.policies': 'Field policies',
  'settings.policiesIntro': 'What happens when a field is changed in Cal.com.',
  'settings.policy.platform_wins': 'calsync wins (push calsync’s value)',
  'settings.policy.calcom_wins': 'Cal.com wins (take Cal.com’s value)',
  'settings.policy.flag_only': 'Only flag it (a person decides)',
  'settings.policiesSaved': 'Policies saved.',
  'settings.savePolicies': 'Save policies',

  'overview.title': 'Sync overview',
  'overview.perStatus': 'Services per status',
  'overview.total': 'All services',
  'overview.drifted': 'Differ from Cal.com',
  'overview.lastReconcile': 'Last reconciliation',
  'overview.rate': 'Cal.com request budget',
  'overview.details': 'Details from the server',
  'overview.checkOnly': 'Show plan (change nothing)',
  'overview.reconcile': 'Reconcile now',
  'overview.plan': 'Plan',
  'overview.applied': 'Applied',
  'overview.nothing': 'Nothing to do.',
  'plan.create': 'to create',
  'plan.link': 'to link',
  'plan.push': 'to push',
  'plan.import': 'to import',
  'plan.orphans': 'deleted in Cal.com',
  'plan.divergences': 'differences',
  'plan.conflicts': 'conflicts',
  'plan.resolved': 'resolved',
  'plan.inSync': 'in sync',
  'plan.companies': 'companies',
  'plan.incomplete': 'incomplete',
  'plan.calcomRequests': 'Cal.com requests',
  'overview.rateValue': '{used} of {perMinute} requests per minute in use',
  'overview.conflicts': 'Open conflicts',
  'overview.openDivergences': 'Open differences',
  'overview.never': 'never run',
  'overview.forced': 'forced',
} as const;

export type Key = keyof typeof en;
type Dict = Record<Key, string>;

const de: Dict = {
  'app.title': 'calsync',
  'app.skip': 'Zum Inhalt springen',
  'app.loading': 'Wird geladen…',
  'app.notAvailable': 'Noch nicht verfügbar: Dieser Server bietet diese Funktion nicht an ({path}).',
  'app.error': 'Etwas ist schiefgegangen: {message}',
  'app.retry': 'Erneut versuchen',
  'app.close': 'Schließen',
  'app.cancel': 'Abbrechen',
  'app.save': 'Speichern',
  'app.saving': 'Wird gespeichert…',
  'app.yes': 'ja',
  'app.no': 'nein',
  'app.none': '—',
  'app.copy': 'Kopieren',
  'app.copied': 'Kopiert',
  'app.copyFailed': 'Kopieren nicht möglich; bitte den Text markieren und von Hand kopieren.',
  'app.show': 'Anzeigen',
  'app.hide': 'Verbergen',
  'app.live': 'Aktualisiert sich live',
  'app.paused': 'Aktualisierung pausiert, solange dieser Tab verborgen ist',
  'app.noCompany': 'Noch kein Unternehmen. Ein Administrator legt eines mit POST /api/companies an.',
  'app.language': 'Sprache',
  'app.company': 'Unternehmen',
  'app.signedInAs': 'Angemeldet als {email}',
  'app.notFound': 'Diese Seite gibt es nicht.',
  'app.back': 'Zurück zu den Dienstleistungen',

  'nav.main': 'Hauptmenü',
  'nav.services': 'Dienstleistungen',
  'nav.conflicts': 'Konflikte',
  'nav.appointments': 'Termine',
  'nav.webhooks': 'Webhooks',
  'nav.overview': 'Sync-Übersicht',
  'nav.settings': 'Einstellungen',
  'nav.logout': 'Abmelden',

  'login.title': 'Bei calsync anmelden',
  'login.email': 'E-Mail',
  'login.password': 'Passwort',
  'login.submit': 'Anmelden',
  'login.busy': 'Anmeldung läuft…',
  'login.failed': 'Anmeldung fehlgeschlagen: {message}',
  'login.required': 'Bitte E-Mail und Passwort eingeben.',

  'sync.never': 'nie synchronisiert',
  'sync.pending': 'ausstehend',
  'sync.synced': 'synchronisiert',
  'sync.error': 'Fehler',
  'sync.label': 'Sync: {status}',
  'sync.words.never': 'Noch nie an Cal.com übertragen.',
  'sync.words.pending': 'Änderungen warten auf die Übertragung an Cal.com (in der Warteschlange oder in Wiederholung).',
  'sync.words.synced': 'Cal.com hat die aktuellen Werte von calsync.',
  'sync.words.error': 'Die letzte Übertragung an Cal.com ist fehlgeschlagen; jemand muss sich das ansehen.',
  'active.yes': 'aktiv',
  'active.no': 'inaktiv',
  'active.label': 'Aktiv: {value}',
  'online.yes': 'online',
  'online.no': 'nicht online',
  'online.label': 'Online-Buchung: {value}',
  'bookable.both': 'Buchbar: Telefon und online',
  'bookable.phone': 'Buchbar: nur telefonisch',
  'bookable.online': 'Buchbar: nur online',
  'bookable.none': 'Nicht buchbar',
  'drift.chip': 'Cal.com weicht ab ({count})',
  'drift.chipConflict': 'Konflikt ({count})',

  'status.details': 'Statusdetails für {name}',
  'status.direction': 'Richtung',
  'status.directionValue': 'Plattform → Cal.com',
  'status.status': 'Status',
  'status.lastSync': 'Letzte erfolgreiche Synchronisierung',
  'status.lastSyncNever': 'nie',
  'status.error': 'Problem',
  'status.bookablePhone': 'Telefonisch buchbar',
  'status.bookableOnline': 'Online buchbar',
  'status.reasons': 'Warum nicht',
  'status.divergences': 'Offene Abweichungen zu Cal.com',
  'status.noDivergences': 'keine',
  'status.eventType': 'Cal.com-Ereignistyp',

  'reason.inactive': 'Die Dienstleistung ist ausgeschaltet (nicht aktiv).',
  'reason.pending': 'Änderungen sind noch auf dem Weg zu Cal.com.',
  'reason.error': 'Die letzte Übertragung an Cal.com ist fehlgeschlagen; siehe Sync-Fehler.',
  'reason.never': 'Die Dienstleistung wurde noch nie an Cal.com übertragen.',
  'reason.noEventType': 'Die Dienstleistung hat keinen Cal.com-Ereignistyp.',
  'reason.duration': 'Cal.com zeigt eine andere Dauer als calsync; bitte zuerst die Abweichung klären.',
  'reason.visibility': 'Cal.com zeigt eine andere Sichtbarkeit als calsync; bitte zuerst die Abweichung klären.',
  'reason.phoneOnly': 'Die Dienstleistung ist nur telefonisch buchbar (nicht online).',

  'field.name': 'Name',
  'field.slug': 'Linkname (Slug)',
  'field.description': 'Beschreibung',
  'field.durationMinutes': 'Dauer (Minuten)',
  'field.price': 'Preis',
  'field.currency': 'Währung',
  'field.isActive': 'Aktiv',
  'field.isOnline': 'Online buchbar',
  'field.visibility': 'Sichtbarkeit',
  'field.bufferTimeMinutes': 'Puffer danach (Minuten)',
  'field.beforeEventBuffer': 'Puffer davor (Minuten)',
  'field.minimumBookingNotice': 'Mindestvorlauf für Buchungen (Minuten)',
  'field.requiresConfirmation': 'Bestätigung erforderlich',
  'field.disableGuests': 'Keine weiteren Gäste',
  'field.scheduleId': 'Zeitplan',
  'field.locations': 'Orte',
  'field.bookingFields': 'Buchungsfragen',
  'field.branchId': 'Filiale',
  'field.calcomEventTypeId': 'Cal.com-Ereignistyp',
  'field.syncStatus': 'Sync-Status',
  'field.syncError': 'Sync-Fehler',
  'field.lastCalcomSync': 'Letzte Synchronisierung',

  'services.title': 'Dienstleistungen',
  'services.new': 'Neue Dienstleistung',
  'services.search': 'Nach Name oder Link suchen',
  'services.filters': 'Filter',
  'services.filter.syncStatus': 'Sync-Status',
  'services.filter.active': 'Aktiv',
  'services.filter.online': 'Online',
  'services.filter.bookable': 'Buchbar',
  'services.filter.drift': 'Abweichung zu Cal.com',
  'services.filter.branch': 'Filiale',
  'services.filter.any': 'Alle',
  'services.filter.yes': 'Ja',
  'services.filter.no': 'Nein',
  'services.filter.bookablePhone': 'Telefonisch',
  'services.filter.bookableOnline': 'Online',
  'services.filter.bookableNone': 'Nicht buchbar',
  'services.filter.drifted': 'Weicht ab',
  'services.filter.notDrifted': 'Stimmt überein',
  'services.filter.reset': 'Filter zurücksetzen',
  'services.col.name': 'Name',
  'services.col.branch': 'Filiale',
  'services.col.duration': 'Dauer',
  'services.col.price': 'Preis',
  'services.col.status': 'Status',
  'services.col.lastSync': 'Letzte Synchronisierung',
  'services.col.actions': 'Aktionen',
  'services.sortBy': 'Sortieren nach {column}',
  'services.count': '{from}–{to} von {total}',
  'services.empty': 'Keine passenden Dienstleistungen.',
  'services.prev': 'Vorherige Seite',
  'services.next': 'Nächste Seite',
  'services.pageSize': 'Zeilen pro Seite',
  'services.paging': 'Seiten',
  'services.caption': 'Dienstleistungen von {company}',
  'services.minutes': '{n} Min.',
  'services.bookableFilteredNote': 'Der Buchbar-Filter wird auf die Zeilen dieser Seite angewendet.',
  'services.reconcile': 'Cal.com auf Änderungen prüfen',
  'services.reconciling': 'Cal.com wird geprüft…',
  'services.reconciled': 'Cal.com geprüft: {summary}',

  'action.sync': 'An Cal.com übertragen',
  'action.syncFor': 'An Cal.com übertragen: {name}',
  'action.reload': 'Aus Cal.com übernehmen…',
  'action.reloadFor': 'Aus Cal.com übernehmen: {name}',
  'action.reset': 'Sync-Status zurücksetzen',
  'action.resetFor': 'Sync-Status zurücksetzen: {name}',
  'action.edit': 'Bearbeiten',
  'outcome.syncQueued': '„{name}“ wartet auf die Übertragung an Cal.com; der Status aktualisiert sich von selbst.',
  'outcome.resetQueued': 'Der Fehler bei „{name}“ wurde gelöscht und eine neue Übertragung eingeplant.',
  'outcome.reloaded': '{count} Wert(e) aus Cal.com in „{name}“ übernommen.',
  'outcome.failed': 'Das hat nicht geklappt: {message}',
  'outcome.saved': '„{name}“ gespeichert. Die Änderung ist auf dem Weg zu Cal.com.',
  'outcome.created': '„{name}“ angelegt. Die Dienstleistung ist auf dem Weg zu Cal.com.',

  'reload.title': '„{name}“ aus Cal.com übernehmen',
  'reload.intro': 'Diese Felder weichen ab. Wählen Sie, welche Werte von Cal.com calsync übernehmen soll. Erst nach Ihrer Bestätigung ändert sich etwas.',
  'reload.field': 'Feld',
  'reload.platform': 'calsync jetzt',
  'reload.calcom': 'Cal.com',
  'reload.take': 'Wert von Cal.com für {field} übernehmen',
  'reload.none': 'calsync und Cal.com stimmen überein: Es gibt nichts zu übernehmen.',
  'reload.confirm': 'Gewählte Werte aus Cal.com übernehmen',
  'reload.busy': 'Abweichungen werden geladen…',
  'reload.chooseOne': 'Bitte mindestens ein Feld auswählen.',

  'form.newTitle': 'Neue Dienstleistung',
  'form.editTitle': 'Dienstleistung bearbeiten',
  'form.create': 'Dienstleistung anlegen',
  'form.priceNote': 'Der Preis bleibt in calsync: Cal.com kann keine Preise empfangen (Zahlungen werden in der Stripe-App von Cal.com eingerichtet).',
  'form.noBranch': 'Keine Filiale',
  'form.invalid': 'Bitte die markierten Felder korrigieren.',
  'form.err.nameRequired': 'Bitte einen Namen eingeben.',
  'form.err.nameLong': 'Höchstens 200 Zeichen.',
  'form.err.descriptionLong': 'Höchstens 5.000 Zeichen.',
  'form.err.duration': 'Eine ganze Zahl von 1 bis 1.440 Minuten.',
  'form.err.price': 'Eine Zahl ab 0 mit höchstens zwei Nachkommastellen.',
  'form.err.currency': 'Ein Code aus drei Buchstaben, z. B. EUR.',
  'form.err.minutes': 'Eine ganze Zahl von Minuten, 0 oder mehr.',

  'service.title': 'Dienstleistung',
  'service.statusHeading': 'Status',
  'service.divergencesHeading': 'Abweichungen zu Cal.com',
  'service.historyHeading': 'Verlauf',
  'service.notFound': 'Diese Dienstleistung gibt es nicht oder sie gehört zu einem anderen Unternehmen.',

  'div.kind.divergence': 'in Cal.com geändert',
  'div.kind.conflict': 'Konflikt: auf beiden Seiten geändert',
  'div.lastSynced': 'zuletzt synchronisiert',
  'div.detected': 'gefunden {when}',
  'div.keepPlatform': 'calsync behalten (an Cal.com übertragen)',
  'div.takeCalcom': 'Cal.com übernehmen',
  'div.resolvedOutcome': '{field} von „{name}“ geklärt.',

  'conflicts.title': 'Konflikte',
  'conflicts.intro': 'Alle offenen Abweichungen zwischen calsync und Cal.com in diesem Unternehmen. Behalten Sie den Wert von calsync (er wird an Cal.com übertragen) oder übernehmen Sie den von Cal.com.',
  'conflicts.empty': 'Keine offenen Abweichungen. calsync und Cal.com stimmen überein.',
  'conflicts.service': 'Dienstleistung',
  'conflicts.kind': 'Art',
  'conflicts.fallback': 'Es werden die Abweichungen der abweichenden Dienstleistungen gezeigt (die unternehmensweite Liste ist auf diesem Server nicht verfügbar).',

  'history.empty': 'Noch kein Verlauf.',
  'history.by': 'von {actor}',
  'history.action.created': 'Angelegt',
  'history.action.edited': 'Bearbeitet',
  'history.action.push': 'An Cal.com übertragen',
  'history.action.push_failed': 'Übertragung an Cal.com fehlgeschlagen',
  'history.action.push_deferred': 'Übertragung verschoben',
  'history.action.divergence_found': 'Abweichung in Cal.com gefunden',
  'history.action.divergence_resolved': 'Abweichung geklärt',
  'history.action.reloaded': 'Aus Cal.com übernommen',
  'history.action.imported': 'Aus Cal.com importiert',
  'history.action.orphaned': 'Ereignistyp in Cal.com gelöscht',
  'history.action.reset': 'Sync-Status zurückgesetzt',
  'history.action.sync_requested': 'Synchronisierung angefordert',
  'history.action.policy_changed': 'Regel geändert',
  'history.action.connection_broken': 'Verbindung zu Cal.com unterbrochen',
  'history.action.connection_restored': 'Verbindung zu Cal.com wiederhergestellt',

  'appointments.title': 'Termine',
  'appointments.empty': 'Noch keine Termine.',
  'appointments.start': 'Beginn',
  'appointments.end': 'Ende',
  'appointments.service': 'Dienstleistung',
  'appointments.status': 'Status',
  'appointments.attendees': 'Teilnehmende',
  'appointments.uid': 'Buchung',
  'appointments.status.pending': 'wartet auf Bestätigung',
  'appointments.status.booked': 'gebucht',
  'appointments.status.rescheduled': 'verschoben',
  'appointments.status.cancelled': 'storniert',
  'appointments.status.rejected': 'abgelehnt',

  'webhooks.title': 'Webhook-Eingang',
  'webhooks.intro': 'Zustellungen, die Cal.com an calsync gesendet hat. Fehlgeschlagene können erneut verarbeitet werden.',
  'webhooks.empty': 'Keine Zustellungen.',
  'webhooks.filter': 'Anzeigen',
  'webhooks.all': 'Alle',
  'webhooks.failed': 'Fehlgeschlagen',
  'webhooks.processed': 'Verarbeitet',
  'webhooks.received': 'Empfangen',
  'webhooks.event': 'Ereignis',
  'webhooks.status': 'Status',
  'webhooks.error': 'Fehler',
  'webhooks.replay': 'Erneut verarbeiten',
  'webhooks.replayFor': 'Erneut verarbeiten: Zustellung {id}',
  'webhooks.replayed': 'Zustellung wird erneut verarbeitet.',

  'settings.title': 'Unternehmenseinstellungen',
  'settings.name': 'Name des Unternehmens',
  'settings.calcom': 'Verbindung zu Cal.com',
  'settings.apiUrl': 'Cal.com-API-URL',
  'settings.apiKey': 'Cal.com-API-Schlüssel',
  'settings.apiKeyCurrent': 'Aktueller Schlüssel: {hint} (verborgen)',
  'settings.apiKeyNew': 'Neuer API-Schlüssel (leer lassen, um den aktuellen zu behalten)',
  'settings.connection': 'Verbindung',
  'settings.connected': 'Verbunden als {username}',
  'settings.notConnected': 'Nicht verbunden: {error}',
  'settings.test': 'Verbindung testen',
  'settings.testing': 'Wird getestet…',
  'settings.testOk': 'Cal.com hat geantwortet: verbunden als {username}.',
  'settings.testFailed': 'Cal.com hat die Verbindung nicht akzeptiert: {error}',
  'settings.saved': 'Einstellungen gespeichert.',
  'settings.webhook': 'Webhook',
  'settings.webhookUrl': 'Webhook-URL',
  'settings.webhookSecret': 'Webhook-Geheimnis',
  'settings.webhookHelp': 'Tragen Sie diese URL und das Geheimnis in Cal.com ein (Einstellungen → Entwickler → Webhooks) oder lassen Sie calsync den Webhook registrieren.',
  'settings.register': 'Webhook in Cal.com registrieren',
  'settings.registered': 'Webhook in Cal.com registriert.',
  'settings.policies': 'Feldregeln',
  'settings.policiesIntro': 'Was passiert, wenn ein Feld in Cal.com geändert wird.',
  'settings.policy.platform_wins': 'calsync gewinnt (Wert von calsync übertragen)',
  'settings.policy.calcom_wins': 'Cal.com gewinnt (Wert von Cal.com übernehmen)',
  'settings.policy.flag_only': 'Nur markieren (ein Mensch entscheidet)',
  'settings.policiesSaved': 'Regeln gespeichert.',
  'settings.savePolicies': 'Regeln speichern',

  'overview.title': 'Sync-Übersicht',
  'overview.perStatus': 'Dienstleistungen je Status',
  'overview.total': 'Alle Dienstleistungen',
  'overview.drifted': 'Weichen von Cal.com ab',
  'overview.lastReconcile': 'Letzter Abgleich',
  'overview.rate': 'Anfragebudget bei Cal.com',
  'overview.details': 'Details vom Server',
  'overview.checkOnly': 'Plan zeigen (nichts ändern)',
  'overview.reconcile': 'Jetzt abgleichen',
  'overview.plan': 'Plan',
  'overview.applied': 'Ausgeführt',
  'overview.nothing': 'Nichts zu tun.',
  'plan.create': 'anzulegen',
  'plan.link': 'zu verknüpfen',
  'plan.push': 'zu übertragen',
  'plan.import': 'zu importieren',
  'plan.orphans': 'in Cal.com gelöscht',
  'plan.divergences': 'Abweichungen',
  'plan.conflicts': 'Konflikte',
  'plan.resolved': 'geklärt',
  'plan.inSync': 'synchron',
  'plan.companies': 'Unternehmen',
  'plan.incomplete': 'unvollständig',
  'plan.calcomRequests': 'Anfragen an Cal.com',
  'overview.rateValue': '{used} von {perMinute} Anfragen pro Minute in Gebrauch',
  'overview.conflicts': 'Offene Konflikte',
  'overview.openDivergences': 'Offene Abweichungen',
  'overview.never': 'noch nie gelaufen',
  'overview.forced': 'erzwungen',
};

export type Locale = 'en' | 'de';
const dictionaries: Record<Locale, Dict> = { en, de };
const STORAGE_KEY = 'calsync.locale';

/** The browser's preferred language among ours; English otherwise. */
export function browserLocale(): Locale {
  const langs = typeof navigator !== 'undefined' ? (navigator.languages?.length ? navigator.languages : [navigator.language]) : [];
  for (const l of langs) {
    const base = (l ?? '').toLowerCase().slice(0, 2);
    if (base === 'de' || base === 'en') return base;
  }
  return 'en';
}

function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved === 'de' || saved === 'en') return saved;
  } catch {
    /* storage blocked: fall back to the browser */
  }
  return browserLocale();
}

export interface I18n {
  locale: Locale;
  setLocale: (l: Locale) => void;
  t: (key: Key, vars?: Record<string, string | number>) => string;
  /** Translates a known server sentence (bookable reasons) or returns it as sent. */
  reason: (text: string) => string;
  fieldLabel: (field: string) => string;
  dateTime: (iso: string | null | undefined) => string;
  relative: (iso: string | null | undefined) => string;
  price: (amount: number | null | undefined, currency: string | null | undefined) => string;
  number: (n: number) => string;
}

const reasonKeys: Record<string, Key> = Object.fromEntries(
  (['reason.inactive', 'reason.pending', 'reason.error', 'reason.never', 'reason.noEventType', 'reason.duration', 'reason.visibility', 'reason.phoneOnly'] as Key[]).map((k) => [
    en[k],
    k,
  ]),
);

function makeI18n(locale: Locale, setLocale: (l: Locale) => void): I18n {
  const dict = dictionaries[locale];
  const tag = locale === 'de' ? 'de-DE' : 'en-GB';
  const dtf = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'medium' });
  const rtf = new Intl.RelativeTimeFormat(tag, { numeric: 'auto' });
  const nf = new Intl.NumberFormat(tag);
  const t = (key: Key, vars?: Record<string, string | number>) => {
    let s: string = dict[key] ?? en[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
  return {
    locale,
    setLocale,
    t,
    reason: (text) => (reasonKeys[text] ? t(reasonKeys[text]) : text),
    fieldLabel: (field) => {
      const k = `field.${field}` as Key;
      return k in dict ? dict[k] : field;
    },
    dateTime: (iso) => (iso ? dtf.format(new Date(iso)) : t('app.none')),
    relative: (iso) => {
      if (!iso) return t('app.none');
      const secs = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
      const abs = Math.abs(secs);
      if (abs < 60) return rtf.format(secs, 'second');
      if (abs < 3600) return rtf.format(Math.round(secs / 60), 'minute');
      if (abs < 86400) return rtf.format(Math.round(secs / 3600), 'hour');
      if (abs < 86400 * 30) return rtf.format(Math.round(secs / 86400), 'day');
      if (abs < 86400 * 365) return rtf.format(Math.round(secs / (86400 * 30)), 'month');
      return rtf.format(Math.round(secs / (86400 * 365)), 'year');
    },
    price: (amount, currency) => {
      if (amount === null || amount === undefined) return t('app.none');
      try {
        return new Intl.NumberFormat(tag, { style: 'currency', currency: currency || 'EUR' }).format(amount);
      } catch {
        return `${nf.format(amount)} ${currency ?? ''}`.trim();
      }
    },
    number: (n) => nf.format(n),
  };
}

const I18nContext = createContext<I18n>(makeI18n('en', () => {}));

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = (l: Locale) => {
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      /* not remembered; still switches */
    }
    setLocaleState(l);
  };
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(() => makeI18n(locale, setLocale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export const dictionaryKeys = { en: Object.keys(en), de: Object.keys(de) };
