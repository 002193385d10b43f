import type { PayloadRequest } from 'payload'
import { roleOf } from './roles'

/** Payload lets every signed-in user run the job queue by default; here only admins may. */
export const adminOnlyJobs = ({ req }: { req: PayloadRequest }): boolean => roleOf(req) === 'admin'
