/**
 * A sealed field as it is stored, and how to tell one at a glance: no WebCrypto here, so the
 * popup's first view can tell a sealed word without loading the keys (utils/lock/keys.ts), which
 * load only when there is a lock with keys.
 */

/** A sealed field as stored: 'dk' under the data key, 'pk' under the public key (with its ephemeral key). */
export interface FieldBox {
  sealed: 1;
  k: 'dk' | 'pk';
  iv: Uint8Array;
  data: Uint8Array;
  /** The ephemeral public key of a 'pk' box, raw. */
  epk?: Uint8Array;
}

/** Whether a stored value is a sealed box (its bytes are checked only by opening it). */
export function isFieldBox(value: unknown): value is FieldBox {
  const box = value as FieldBox | null | undefined;
  return (
    typeof box === 'object' &&
    box !== null &&
    box.sealed === 1 &&
    (box.k === 'dk' || box.k === 'pk') &&
    ArrayBuffer.isView(box.iv) &&
    box.iv.byteLength === 12 &&
    ArrayBuffer.isView(box.data) &&
    box.data.byteLength >= 16 &&
    (box.k === 'dk' ? box.epk === undefined : ArrayBuffer.isView(box.epk) && box.epk.byteLength === 65)
  );
}
