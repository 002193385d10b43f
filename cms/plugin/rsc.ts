/**
 * The plugin's React server components for the admin, referenced by package path
 * (`@trust-center/payload-plugin/rsc#ReviewDashboard`); kept apart from `./client`, whose
 * 'use client' would turn them into client components.
 */
export { ReviewDashboard } from './components/ReviewDashboard'
