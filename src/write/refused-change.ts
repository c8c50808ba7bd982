/** A change cannot be made as asked (an id taken, a value not understood): the user's to correct, in the message's words. */
export class RefusedChangeError extends Error {
  override readonly name = 'RefusedChangeError';
}
