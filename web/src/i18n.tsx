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
  'div.resolvedOutcome': 'Keeping calsync’s {field} for “{name}”: it is on its way to Cal.com.',

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
  'history.action.divergence_changed': 'Difference changed in Cal.com',
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
  'webhooks.statusReceived': 'Received, not processed yet',
  'webhooks.duplicate': 'Duplicate',
  'webhooks.attempts': 'Attempts',
  'webhooks.booking': 'Booking',
  'webhooks.received': 'Received',
  'webhooks.event': 'Event',
  'webhooks.status': 'Status',
  'webhooks.error': 'Error',
  'webhooks.replay': 'Process again',
  'webhooks.replayFor': 'Process again: delivery {id}',
  'webhooks.replayed': 'Delivery processed again: {status}.',

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
  'overview.checkedOnly': 'checked only, nothing changed',
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

  'login.wrong': 'Wrong email or password.',
  'login.tooMany': 'Too many failed sign-ins. Wait 15 minutes, then try again.',
  'login.network': 'calsync cannot be reached. Check the internet connection and try again.',

  'status.errorDetails': 'Details',
  'syncError.api_key_rejected': 'Cal.com does not accept the API key. Enter a valid key under Settings, then press “Reset sync status”.',
  'syncError.no_access': 'The Cal.com account of this API key may not change this event type. Check in Cal.com who owns it, then press “Reset sync status”.',
  'syncError.event_type_deleted': 'This service was deleted in Cal.com. Press “Reset sync status” to create it there again, or switch the service off if you no longer offer it.',
  'syncError.slug_taken': 'Another service in Cal.com already uses this link name. Change the link name below and save.',
  'syncError.refused': 'Cal.com did not accept the service’s values. Check duration, buffers and notice below, correct them and save.',
  'syncError.not_stored': 'Cal.com answered but did not keep the change. Press “Sync to Cal.com” to send it again; if it happens again, tell your administrator.',
  'syncError.gave_up': 'Cal.com could not be reached for a while, so calsync stopped trying. Press “Reset sync status” to try again.',
  'syncError.unexpected': 'Something unexpected went wrong while sending to Cal.com. Press “Reset sync status” to try again; if it happens again, tell your administrator.',

  'value.visible': 'visible',
  'value.hidden': 'hidden',

  'actor.worker': 'calsync (automatic)',
  'actor.calsync': 'calsync (automatic)',
  'actor.cli': 'calsync command line',
  'actor.scheduled': 'scheduled check of Cal.com',
  'actor.webhookDeleted': 'Cal.com (event type deleted)',
  'actor.demo': 'demo data',

  'history.newer': 'Show newer entries',
  'history.loadingNewer': 'Loading newer entries…',
  'history.detail.error': 'Problem',
  'history.detail.note': 'Note',
  'history.detail.reason': 'Reason',
  'history.detail.fields': 'Fields',
  'history.detail.field': 'Field',
  'history.detail.setting': 'Setting',
  'history.detail.outcome': 'Outcome',
  'history.detail.attempt': 'Attempt',
  'history.detail.eventTypeId': 'Cal.com event type',
  'history.detail.linkedEventTypeId': 'Linked Cal.com event type',
  'history.detail.kind': 'Kind',
  'history.detail.resolution': 'Resolved by',
  'history.detail.operation': 'Operation',
  'history.detail.values': 'calsync: {platform} | Cal.com: {calcom}',
  'history.outcome.synced': 'sent, Cal.com is up to date',
  'history.outcome.superseded': 'sent; a newer change follows',
  'history.outcome.lease_lost': 'sent by another worker at the same time',
  'history.outcome.will_retry': 'failed, calsync tries again by itself',
  'history.outcome.error': 'failed, calsync stopped trying',
  'history.resolution.platform_pushed': 'calsync’s value sent to Cal.com',
  'history.resolution.calcom_taken': 'Cal.com’s value taken over',
  'history.resolution.gone': 'no longer different',
  'history.resolution.in_sync': 'both sides agree again',
  'history.operation.create': 'created in Cal.com',
  'history.operation.update': 'updated in Cal.com',
  'history.setting.calcomApiKey': 'Cal.com API key',
  'history.note.apiKeyReplaced': 'API key replaced',

  'webhooks.details': 'Details from the server',
  'webhooks.msg.notJson': 'The delivery cannot be read (it is not JSON).',
  'webhooks.msg.notObject': 'The delivery cannot be read (it is not a JSON object).',
  'webhooks.msg.noTrigger': 'Ignored: the delivery does not say what happened.',
  'webhooks.msg.ignoredTrigger': 'Ignored: {trigger} does not change appointments.',
  'webhooks.msg.noPayload': '{trigger} arrived without the booking’s details.',
  'webhooks.msg.noUid': '{trigger} arrived without a booking number.',
  'webhooks.msg.noCreatedAt': '{trigger} arrived without a valid time.',
  'webhooks.msg.noRescheduleUid': 'The move arrived without the number of the original booking.',
  'webhooks.msg.duplicate': 'The same booking change already arrived in another delivery.',
  'webhooks.msg.noChange': 'No change: the appointment already showed this.',
  'webhooks.msg.created': 'Appointment {uid} created ({status}).',
  'webhooks.msg.is': 'Appointment {uid} is now {status}.',
  'webhooks.msg.kept': 'Kept {current}: a later “{incoming}” message cannot undo it.',
  'webhooks.msg.handedOver': '{trigger}: passed on to the check of Cal.com.',

  'form.slugNote': 'The end of the booking link in Cal.com. Leave empty to make one from the name.',
  'form.slugNoteEdit': 'The end of the booking link in Cal.com. Changing it changes the link your customers use.',
  'form.err.slugFormat': 'Only lowercase letters (a–z), digits and single dashes, such as damen-haarschnitt.',
  'form.err.slugTaken': 'Another service of this company already uses this link name. Choose another one.',
  'form.err.name': 'A name of 1 to 200 characters.',
  'form.err.priceRange': 'A price from 0 to 1,000,000 with at most two decimals.',
  'form.err.notice': 'A whole number of minutes from 0 to 525,600 (one year).',
  'form.err.branch': 'Choose one of this company’s branches.',
  'form.err.unstorable': 'This text contains invisible control characters. Please type it again.',
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
  'div.resolvedOutcome': '{field} von „{name}“ bleibt wie in calsync und wird an Cal.com übertragen.',

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
  'history.action.divergence_changed': 'Abweichung in Cal.com geändert',
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
  'webhooks.statusReceived': 'Empfangen, noch nicht verarbeitet',
  'webhooks.duplicate': 'Doppelt',
  'webhooks.attempts': 'Versuche',
  'webhooks.booking': 'Buchung',
  'webhooks.received': 'Empfangen',
  'webhooks.event': 'Ereignis',
  'webhooks.status': 'Status',
  'webhooks.error': 'Fehler',
  'webhooks.replay': 'Erneut verarbeiten',
  'webhooks.replayFor': 'Erneut verarbeiten: Zustellung {id}',
  'webhooks.replayed': 'Zustellung erneut verarbeitet: {status}.',

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
  'overview.checkedOnly': 'nur geprüft, nichts geändert',
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

  'login.wrong': 'E-Mail oder Passwort ist falsch.',
  'login.tooMany': 'Zu viele fehlgeschlagene Anmeldungen. Bitte 15 Minuten warten und es dann erneut versuchen.',
  'login.network': 'calsync ist nicht erreichbar. Bitte die Internetverbindung prüfen und es erneut versuchen.',

  'status.errorDetails': 'Details',
  'syncError.api_key_rejected': 'Cal.com akzeptiert den API-Schlüssel nicht. Tragen Sie unter „Einstellungen“ einen gültigen Schlüssel ein und klicken Sie dann auf „Sync-Status zurücksetzen“.',
  'syncError.no_access': 'Das Cal.com-Konto dieses API-Schlüssels darf diesen Ereignistyp nicht ändern. Prüfen Sie in Cal.com, wem er gehört, und klicken Sie dann auf „Sync-Status zurücksetzen“.',
  'syncError.event_type_deleted': 'Diese Dienstleistung wurde in Cal.com gelöscht. Klicken Sie auf „Sync-Status zurücksetzen“, um sie dort neu anzulegen, oder schalten Sie die Dienstleistung aus, wenn Sie sie nicht mehr anbieten.',
  'syncError.slug_taken': 'Eine andere Dienstleistung in Cal.com verwendet diesen Linknamen schon. Ändern Sie unten den Linknamen und speichern Sie.',
  'syncError.refused': 'Cal.com hat die Werte der Dienstleistung nicht angenommen. Prüfen Sie unten Dauer, Puffer und Vorlauf, korrigieren Sie sie und speichern Sie.',
  'syncError.not_stored': 'Cal.com hat geantwortet, die Änderung aber nicht gespeichert. Klicken Sie auf „An Cal.com übertragen“, um sie erneut zu senden; passiert es wieder, wenden Sie sich an Ihre Administration.',
  'syncError.gave_up': 'Cal.com war eine Weile nicht erreichbar, deshalb hat calsync aufgehört, es zu versuchen. Klicken Sie auf „Sync-Status zurücksetzen“, um es erneut zu versuchen.',
  'syncError.unexpected': 'Beim Senden an Cal.com ist etwas Unerwartetes schiefgegangen. Klicken Sie auf „Sync-Status zurücksetzen“, um es erneut zu versuchen; passiert es wieder, wenden Sie sich an Ihre Administration.',

  'value.visible': 'sichtbar',
  'value.hidden': 'verborgen',

  'actor.worker': 'calsync (automatisch)',
  'actor.calsync': 'calsync (automatisch)',
  'actor.cli': 'calsync-Befehlszeile',
  'actor.scheduled': 'geplante Prüfung von Cal.com',
  'actor.webhookDeleted': 'Cal.com (Ereignistyp gelöscht)',
  'actor.demo': 'Beispieldaten',

  'history.newer': 'Neuere Einträge zeigen',
  'history.loadingNewer': 'Neuere Einträge werden geladen…',
  'history.detail.error': 'Problem',
  'history.detail.note': 'Hinweis',
  'history.detail.reason': 'Grund',
  'history.detail.fields': 'Felder',
  'history.detail.field': 'Feld',
  'history.detail.setting': 'Einstellung',
  'history.detail.outcome': 'Ergebnis',
  'history.detail.attempt': 'Versuch',
  'history.detail.eventTypeId': 'Cal.com-Ereignistyp',
  'history.detail.linkedEventTypeId': 'Verknüpfter Cal.com-Ereignistyp',
  'history.detail.kind': 'Art',
  'history.detail.resolution': 'Geklärt durch',
  'history.detail.operation': 'Vorgang',
  'history.detail.values': 'calsync: {platform} | Cal.com: {calcom}',
  'history.outcome.synced': 'übertragen, Cal.com ist aktuell',
  'history.outcome.superseded': 'übertragen; eine neuere Änderung folgt',
  'history.outcome.lease_lost': 'gleichzeitig von einem anderen Prozess übertragen',
  'history.outcome.will_retry': 'fehlgeschlagen, calsync versucht es selbst erneut',
  'history.outcome.error': 'fehlgeschlagen, calsync hat aufgehört, es zu versuchen',
  'history.resolution.platform_pushed': 'Wert von calsync an Cal.com übertragen',
  'history.resolution.calcom_taken': 'Wert von Cal.com übernommen',
  'history.resolution.gone': 'keine Abweichung mehr',
  'history.resolution.in_sync': 'beide Seiten stimmen wieder überein',
  'history.operation.create': 'in Cal.com angelegt',
  'history.operation.update': 'in Cal.com aktualisiert',
  'history.setting.calcomApiKey': 'Cal.com-API-Schlüssel',
  'history.note.apiKeyReplaced': 'API-Schlüssel ersetzt',

  'webhooks.details': 'Details vom Server',
  'webhooks.msg.notJson': 'Die Zustellung ist nicht lesbar (kein JSON).',
  'webhooks.msg.notObject': 'Die Zustellung ist nicht lesbar (kein JSON-Objekt).',
  'webhooks.msg.noTrigger': 'Ignoriert: Die Zustellung sagt nicht, was passiert ist.',
  'webhooks.msg.ignoredTrigger': 'Ignoriert: {trigger} ändert keine Termine.',
  'webhooks.msg.noPayload': '{trigger} kam ohne die Angaben zur Buchung.',
  'webhooks.msg.noUid': '{trigger} kam ohne Buchungsnummer.',
  'webhooks.msg.noCreatedAt': '{trigger} kam ohne gültige Zeitangabe.',
  'webhooks.msg.noRescheduleUid': 'Die Verschiebung kam ohne die Nummer der ursprünglichen Buchung.',
  'webhooks.msg.duplicate': 'Dieselbe Buchungsänderung kam schon mit einer anderen Zustellung.',
  'webhooks.msg.noChange': 'Keine Änderung: Der Termin zeigte das bereits.',
  'webhooks.msg.created': 'Termin {uid} angelegt ({status}).',
  'webhooks.msg.is': 'Termin {uid} ist jetzt {status}.',
  'webhooks.msg.kept': '„{current}“ beibehalten: Eine spätere Meldung „{incoming}“ kann das nicht rückgängig machen.',
  'webhooks.msg.handedOver': '{trigger}: an die Prüfung von Cal.com weitergegeben.',

  'form.slugNote': 'Das Ende des Buchungslinks in Cal.com. Leer lassen, um ihn aus dem Namen zu bilden.',
  'form.slugNoteEdit': 'Das Ende des Buchungslinks in Cal.com. Eine Änderung ändert den Link, den Ihre Kundschaft verwendet.',
  'form.err.slugFormat': 'Nur Kleinbuchstaben (a–z), Ziffern und einzelne Bindestriche, z. B. damen-haarschnitt.',
  'form.err.slugTaken': 'Eine andere Dienstleistung dieses Unternehmens verwendet diesen Linknamen schon. Bitte einen anderen wählen.',
  'form.err.name': 'Ein Name mit 1 bis 200 Zeichen.',
  'form.err.priceRange': 'Ein Preis von 0 bis 1.000.000 mit höchstens zwei Nachkommastellen.',
  'form.err.notice': 'Eine ganze Zahl von 0 bis 525.600 Minuten (ein Jahr).',
  'form.err.branch': 'Bitte eine Filiale dieses Unternehmens wählen.',
  'form.err.unstorable': 'Dieser Text enthält unsichtbare Steuerzeichen. Bitte neu eingeben.',
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
  /** A price for an input field: the locale's decimal mark, no grouping ("12,50" in German). */
  priceInput: (amount: number | null | undefined) => string;
  number: (n: number) => string;
  /** The formatting locale in use (e.g. de-AT when the browser says so and the UI is German). */
  tag: string;
  /** Who did it: calsync's own actors in words, a person's email as it is. */
  actor: (name: string) => string;
}

/** calsync's own actor names as the server records them (history "by …"). */
const ACTORS: Record<string, Key> = {
  'calsync worker': 'actor.worker',
  calsync: 'actor.calsync',
  'calsync CLI': 'actor.cli',
  'scheduled reconciliation': 'actor.scheduled',
  'webhook EVENT_TYPE.DELETED': 'actor.webhookDeleted',
  demo: 'actor.demo',
};

const reasonKeys: Record<string, Key> = Object.fromEntries(
  (['reason.inactive', 'reason.pending', 'reason.error', 'reason.never', 'reason.noEventType', 'reason.duration', 'reason.visibility', 'reason.phoneOnly'] as Key[]).map((k) => [
    en[k],
    k,
  ]),
);

const FALLBACK_TAG: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * The formatting locale (dates, numbers, prices): the browser's own tag when it is in the chosen UI
 * language (de-AT, de-CH, en-US keep their formats), else de-DE / en-GB.
 */
export function formatTag(locale: Locale, langs: readonly string[] = typeof navigator !== 'undefined' ? (navigator.languages?.length ? navigator.languages : [navigator.language]) : []): string {
  for (const l of langs) {
    if (!l || l.toLowerCase().slice(0, 2) !== locale || !/^[a-z]{2}-/i.test(l)) continue;
    try {
      if (Intl.NumberFormat.supportedLocalesOf([l]).length) return l;
    } catch {
      /* not a valid tag: try the next */
    }
  }
  return FALLBACK_TAG[locale];
}

function makeI18n(locale: Locale, setLocale: (l: Locale) => void): I18n {
  const dict = dictionaries[locale];
  const tag = formatTag(locale);
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
    priceInput: (amount) =>
      amount === null || amount === undefined
        ? ''
        : new Intl.NumberFormat(tag, { useGrouping: false, minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 }).format(amount),
    number: (n) => nf.format(n),
    tag,
    actor: (name) => (ACTORS[name] ? t(ACTORS[name]) : name),
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
