import { z } from 'zod';

/** A service as calsync's API shows it (see docs/../spec API.md "Service (JSON)"). */
export interface Service {
  id: string;
  companyId: string;
  branchId: string | null;
  name: string;
  slug: string;
  description: string | null;
  durationMinutes: number;
  price: number | null;
  currency: string | null;
  isActive: boolean;
  isOnline: boolean;
  bufferTimeMinutes: number;
  beforeEventBuffer: number;
  minimumBookingNotice: number;
  requiresConfirmation: boolean;
  disableGuests: boolean;
  scheduleId: number | null;
  locations: unknown[] | null;
  metadata: Record<string, unknown> | null;
  bookingFields: unknown[] | null;
  calcomName: string | null;
  assignmentMethod: string | null;
  assignmentConfidence: number | null;
  minStaffRequired: number | null;
  composite: boolean;
  segments: unknown[] | null;
  calcomEventTypeId: number | null;
  syncStatus: SyncStatus;
  syncError: string | null;
  /** What kind of failure `syncError` describes, for translation: see SYNC_ERROR_CODES in calcom/errors.ts. */
  syncErrorCode: string | null;
  lastCalcomSync: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export const SYNC_STATUSES = ['never', 'pending', 'synced', 'error'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

/** The largest value of the database's `integer` columns (scheduleId, calcomEventTypeId). */
const INT4_MAX = 2147483647;

const minutes = (field: string, max: number) =>
  z.number({ invalid_type_error: `${field} must be a whole number of minutes` }).int(`${field} must be a whole number of minutes`).min(0, `${field} cannot be negative`).max(max, `${field} must be at most ${max}`);

/** Fields a person may write (create or patch). Limits from API.md. */
export const writableServiceFields = z
  .object({
    branchId: z.string().uuid('branchId must be a branch id').nullable(),
    name: z.string({ invalid_type_error: 'name must be text' }).trim().min(1, 'name must not be empty').max(200, 'name must be at most 200 characters'),
    slug: z.string().min(1).max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug may contain only lowercase letters, digits and single dashes'),
    description: z.string({ invalid_type_error: 'description must be text' }).max(5000, 'description must be at most 5,000 characters').nullable(),
    durationMinutes: z
      .number({ invalid_type_error: 'durationMinutes must be a whole number of minutes', required_error: 'durationMinutes is required' })
      .int('durationMinutes must be a whole number of minutes')
      .min(1, 'durationMinutes must be at least 1')
      .max(1440, 'durationMinutes must be at most 1,440 (one day)'),
    price: z
      .number({ invalid_type_error: 'price must be a number' })
      .min(0, 'price cannot be negative')
      .max(1_000_000, 'price must be at most 1,000,000')
      .refine((p) => Math.abs(Math.round(p * 100) - p * 100) < 1e-6, 'price may have at most two decimals')
      .nullable(),
    currency: z.string().regex(/^[A-Za-z]{3}$/, 'currency must be a three-letter code such as EUR').transform((c) => c.toUpperCase()).nullable(),
    isActive: z.boolean({ invalid_type_error: 'isActive must be true or false' }),
    isOnline: z.boolean({ invalid_type_error: 'isOnline must be true or false' }),
    bufferTimeMinutes: minutes('bufferTimeMinutes', 1440),
    beforeEventBuffer: minutes('beforeEventBuffer', 1440),
    minimumBookingNotice: minutes('minimumBookingNotice', 525600),
    requiresConfirmation: z.boolean({ invalid_type_error: 'requiresConfirmation must be true or false' }),
    disableGuests: z.boolean({ invalid_type_error: 'disableGuests must be true or false' }),
    scheduleId: z
      .number({ invalid_type_error: 'scheduleId must be a positive whole number' })
      .int('scheduleId must be a positive whole number')
      .positive('scheduleId must be a positive whole number')
      .max(INT4_MAX, `scheduleId must be at most ${INT4_MAX}`)
      .nullable(),
    locations: z.array(z.record(z.unknown())).max(20).nullable(),
    metadata: z.record(z.unknown()).nullable(),
    bookingFields: z.array(z.record(z.unknown())).max(50).nullable(),
    calcomName: z.string().max(200).nullable(),
    assignmentMethod: z.string().max(50).nullable(),
    assignmentConfidence: z.number().min(0).max(1).nullable(),
    minStaffRequired: z.number().int().min(0).max(100).nullable(),
    composite: z.boolean(),
    segments: z.array(z.unknown()).max(50).nullable(),
    calcomEventTypeId: z
      .number({ invalid_type_error: 'calcomEventTypeId must be a positive whole number' })
      .int('calcomEventTypeId must be a positive whole number')
      .positive('calcomEventTypeId must be a positive whole number')
      .max(INT4_MAX, `calcomEventTypeId must be at most ${INT4_MAX}`)
      .nullable(),
  })
  .strict();

export const createServiceInput = writableServiceFields.partial().extend({
  companyId: z.string({ required_error: 'companyId is required' }).uuid('companyId must be a company id'),
  name: writableServiceFields.shape.name,
  durationMinutes: writableServiceFields.shape.durationMinutes,
});
export type CreateServiceInput = z.infer<typeof createServiceInput>;

export const patchServiceInput = writableServiceFields.partial();
export type PatchServiceInput = z.infer<typeof patchServiceInput>;

/** Platform fields that reach Cal.com; editing one makes the service `pending`. */
export const SYNCED_PLATFORM_FIELDS = [
  'name',
  'slug',
  'description',
  'durationMinutes',
  'isActive',
  'isOnline',
  'bufferTimeMinutes',
  'beforeEventBuffer',
  'minimumBookingNotice',
  'requiresConfirmation',
  'disableGuests',
  'scheduleId',
  'locations',
  'bookingFields',
] as const;

/** A Cal.com-style link name from a service name: lowercase, ASCII, dashes. */
export function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return s || 'service';
}
