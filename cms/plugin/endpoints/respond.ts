/**
 * An error answer in Payload's `{ errors: [{ message }] }` shape. Endpoints return it rather than
 * throw APIError: the Next production build may hold a second copy of Payload's error classes,
 * and an error Payload does not recognise reaches the editor as "An unknown error occurred".
 */
export const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })
