/** A made-up person's words, as the end-to-end tests write them into Steady and then look for them. */

/** The passcode the tests set. */
export const PASSCODE = 'river stones 24';

/** The person's own words, written before the lock: each must be gone from every locked screen. */
export const PRIVATE = {
  note: 'Drove past the old corner on Elm Street',
  coping: 'Walk to the river and back before the 6:40 bus',
  reason: 'Maya’s recital in June',
  trigger: 'Payday Friday evenings',
  contact: 'Rosalind',
};
