import { createStore, del, get, set } from 'idb-keyval';

/**
 * Attendance-sheet photos waiting with their visit report (issue 18). IndexedDB, not
 * localStorage (a photo is ~300 KB; localStorage holds a few MB in all): a store of its own,
 * keyed by the report's client id, emptied of a photo as soon as its report is on the server
 * (or the officer deletes the report).
 */
const store = createStore('jamsos-field-photos', 'photos');

export interface Photo {
  mime: string;
  base64: string;
}

export const keepPhoto = (clientId: string, photo: Photo) => set(clientId, photo, store);
export const photoOf = (clientId: string) => get<Photo>(clientId, store);
export const dropPhoto = (clientId: string) => del(clientId, store);

/** The longest side the phone keeps, and the size it aims under: a sheet stays readable. */
const MAX_SIDE = 1280;
const TARGET_BYTES = 300 * 1024;

function blobOf(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/jpeg', quality),
  );
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Resized on the phone (at most 1280 px, JPEG, about 300 KB at most) before it is kept or sent. */
export async function resizePhoto(file: Blob): Promise<Photo> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  let blob = await blobOf(canvas, 0.8);
  for (const quality of [0.65, 0.5, 0.4]) {
    if (blob.size <= TARGET_BYTES) break;
    blob = await blobOf(canvas, quality);
  }
  return { mime: 'image/jpeg', base64: await base64Of(blob) };
}
