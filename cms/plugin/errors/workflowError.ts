import { APIError, type PayloadRequest } from 'payload'
import {
  type WorkflowMessageKey,
  type WorkflowSubject,
  workflowMessage,
} from '../translations/workflowMessages'

/**
 * A workflow rule that refused a request: a 4xx with the rule's own message in the user's
 * language. The name is set explicitly: Payload's error formatter answers "An unknown error
 * occurred." for an error without a name, and the admin's production build minifies class names
 * (`this.constructor.name`). `data.rule` lets clients tell the rules apart without parsing text.
 */
class WorkflowError extends APIError {
  constructor(message: string, status: number, rule: WorkflowMessageKey) {
    super(message, status, { rule }, true)
    this.name = 'WorkflowError'
  }
}

export function workflowError(
  req: PayloadRequest | undefined,
  status: number,
  rule: WorkflowMessageKey,
  vars: Record<string, string> = {},
  subject: WorkflowSubject = 'tomVersion',
): WorkflowError {
  return new WorkflowError(workflowMessage(req, rule, vars, subject), status, rule)
}
