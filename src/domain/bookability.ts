import type { SyncStatus } from './service.js';
import { BOOKING_CRITICAL_FIELDS } from './sync-fields.js';

export interface Bookability {
  phone: boolean;
  online: boolean;
  reasons: string[];
}

/**
 * SYNC.md: bookable by phone = active, synced, and no open divergence on duration or visibility;
 * bookable online = that and online. `reasons` lists every reason it is not, in plain words.
 */
export function bookability(s: {
  isActive: boolean;
  isOnline: boolean;
  syncStatus: SyncStatus;
  calcomEventTypeId: number | null;
  openDivergenceFields: string[];
}): Bookability {
  const reasons: string[] = [];
  if (!s.isActive) reasons.push('The service is switched off (not active).');
  switch (s.syncStatus) {
    case 'synced':
      break;
    case 'pending':
      reasons.push('Changes are still on their way to Cal.com.');
      break;
    case 'error':
      reasons.push('The last transfer to Cal.com failed; see the sync error.');
      break;
    case 'never':
      reasons.push('The service has never been transferred to Cal.com.');
      break;
    default: {
      const never: never = s.syncStatus;
      throw new Error(`unknown status ${String(never)}`);
    }
  }
  if (s.syncStatus === 'synced' && s.calcomEventTypeId == null) reasons.push('The service has no Cal.com event type.');
  for (const f of BOOKING_CRITICAL_FIELDS) {
    if (s.openDivergenceFields.includes(f)) {
      reasons.push(
        f === 'durationMinutes'
          ? 'Cal.com shows a different duration than calsync; resolve the difference first.'
          : 'Cal.com shows a different visibility than calsync; resolve the difference first.',
      );
    }
  }
  const phone = reasons.length === 0;
  const onlineReasons = s.isOnline ? [] : ['The service is bookable by phone only (not online).'];
  return { phone, online: phone && s.isOnline, reasons: [...reasons, ...onlineReasons] };
}
