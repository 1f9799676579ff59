/** A password to hand over once: 16 characters from the browser's CSPRNG, without look-alikes (l, 1, O, 0). */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => alphabet[b % alphabet.length]).join(
    '',
  );
}
