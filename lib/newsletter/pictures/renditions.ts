import sharp from 'sharp';
import { MAX_INPUT_PIXELS } from '@/lib/files/inspect';
import { RENDITION_WIDTHS } from './reference';

/**
 * The WebP renditions of a checked picture, widest first. sharp writes no metadata unless asked
 * (`keepMetadata`/`withMetadata` are never called), so EXIF, GPS, XMP and ICC comments are gone;
 * a picture narrower than a width is not enlarged, so two renditions may be the same size.
 */
export async function renditionsOf(bytes: Buffer) {
  return Promise.all(
    RENDITION_WIDTHS.map(async (width) => {
      const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
        .rotate()
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      return { bytes: data, width: info.width, height: info.height };
    }),
  );
}
