import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import sharp from 'sharp';
import { describeEachDatabase } from '../support/databases';
import { createArticle } from '../support/newsletter';
import { staffWith } from '../support/staff-context';
import { LocalFileStore } from '@/lib/files/local-store';
import { attachPicture, pictureToServe } from '@/lib/newsletter/pictures/upload';
import { parsePicture } from '@/lib/newsletter/pictures/reference';
import { saveVersion } from '@/lib/newsletter/staff/editing';
import { makeFixtures } from '../fixtures/files/make.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsletter-pictures-'));
let files: Record<string, string>;
const upload = (name: string) => ({ name, bytes: fs.readFileSync(files[name]!) });

/** A 2000 × 1500 camera photo with its maker, model and GPS position in the EXIF. */
const cameraPhoto = () =>
  sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 200, g: 90, b: 40 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'CameraMaker', Model: 'Festival Cam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '37/1 19/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '126/1 49/1 4321/100' } })
    .toBuffer();

beforeAll(async () => {
  files = await makeFixtures(path.join(tmp, 'fixtures'));
});

describeEachDatabase('newsletter article pictures', (ctx) => {
  const store = new LocalFileStore(path.join(tmp, `store-${Math.random().toString(36).slice(2)}`));

  it('refuses what is not a picture by its content, whatever its name, and leaves the article alone', async () => {
    const { db } = ctx();
    const { article } = await createArticle(db, { ko: { title: '축제', body: '본문' } });
    for (const name of ['receipt.pdf', 'page.html.pdf']) {
      const outcome = await attachPicture(db, store, { articleId: article.id, upload: { name: 'festival.jpg', bytes: upload(name).bytes } });
      expect(outcome).toEqual({ ok: false, reason: 'type' });
    }
    expect(await attachPicture(db, store, { articleId: article.id, upload: upload('bomb.png') })).toEqual({ ok: false, reason: 'tooManyPixels' });
    expect(await attachPicture(db, store, { articleId: article.id, upload: null })).toEqual({ ok: false, reason: 'none' });
    expect((await db.newsletterArticle.findUniqueOrThrow({ where: { id: article.id } })).image).toBeNull();
  });

  it('keeps WebP renditions 960 and 480 wide under random names, without EXIF, and removes the picture it replaces', async () => {
    const { db } = ctx();
    const { article } = await createArticle(db, { ko: { title: '축제', body: '본문' } });
    expect(await attachPicture(db, store, { articleId: article.id, upload: { name: 'festival.jpg', bytes: await cameraPhoto() } })).toEqual({ ok: true, width: 960, height: 720 });
    const picture = parsePicture((await db.newsletterArticle.findUniqueOrThrow({ where: { id: article.id } })).image);
    if (picture?.kind !== 'upload') throw new Error('expected an uploaded picture');
    expect(picture.renditions.map((r) => r.width)).toEqual([960, 480]);
    const names = picture.renditions.map((r) => r.key);
    for (const key of names) expect(key).toMatch(/^newsletter\/[0-9a-f]{32}\.webp$/);
    expect(new Set(names).size).toBe(2);
    for (const rendition of picture.renditions) {
      const bytes = fs.readFileSync(path.join(store.root, rendition.key));
      const meta = await sharp(bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', rendition.width, (rendition.width * 3) / 4]);
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from('CameraMaker'))).toBe(false);
    }
    // A WebP upload is taken too; the first picture's files are gone from the store.
    const webp = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } })
      .webp()
      .toBuffer();
    expect(await attachPicture(db, store, { articleId: article.id, upload: { name: 'map.webp', bytes: webp } })).toEqual({ ok: true, width: 400, height: 300 });
    for (const key of names) expect(fs.existsSync(path.join(store.root, key))).toBe(false);
  });

  it('serves a picture publicly only once its article is published; a draft’s only to staff', async () => {
    const { db } = ctx();
    const { article, issue } = await createArticle(db, { ko: { title: '초안', body: '본문', status: 'DRAFT' } });
    await attachPicture(db, store, { articleId: article.id, upload: upload('photo-with-gps.jpg') });
    const picture = parsePicture((await db.newsletterArticle.findUniqueOrThrow({ where: { id: article.id } })).image);
    if (picture?.kind !== 'upload') throw new Error('expected an uploaded picture');
    const fileName = picture.renditions[0]!.key.split('/')[1]!;
    expect(await pictureToServe(db, fileName)).toEqual({ key: picture.renditions[0]!.key, isPublic: false });
    await db.newsletterVersion.updateMany({ where: { articleId: article.id }, data: { status: 'PUBLISHED' } });
    expect(await pictureToServe(db, fileName)).toMatchObject({ isPublic: true });
    await db.newsletterIssue.update({ where: { id: issue.id }, data: { status: 'DRAFT' } });
    expect(await pictureToServe(db, fileName)).toMatchObject({ isPublic: false });
    // Names it did not make, or of no article, are nobody's.
    expect(await pictureToServe(db, '../support/0123.webp')).toBeNull();
    expect(await pictureToServe(db, `${'0'.repeat(32)}.webp`)).toBeNull();
  });

  it('refuses to publish a version without alt text when the article has a picture, and publishes it with one', async () => {
    const { db } = ctx();
    const editor = await staffWith(db, ['editor']);
    const { article } = await createArticle(db, { ko: { title: '축제', body: '본문' }, en: { title: 'Festival', body: 'Text', status: 'DRAFT' } });
    const fields = { title: 'Festival', summary: 'Dancers on stage.', body: 'Text', imageAlt: '', imageCaption: '' };
    // Without a picture, no alt text is needed.
    expect(await saveVersion(editor, { articleId: article.id, locale: 'en', intent: 'publish', fields })).toMatchObject({ ok: true });
    await saveVersion(editor, { articleId: article.id, locale: 'en', intent: 'unpublish', fields });
    await attachPicture(db, store, { articleId: article.id, upload: upload('photo-with-gps.jpg') });
    const refused = await saveVersion(editor, { articleId: article.id, locale: 'en', intent: 'publish', fields });
    expect(refused.ok).toBe(false);
    expect('invalid' in refused && refused.invalid.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['imageAlt', 'altRequired']]);
    expect((await db.newsletterVersion.findFirstOrThrow({ where: { articleId: article.id, locale: 'en' } })).status).toBe('DRAFT');
    // Saving a draft without it is still fine: only publishing needs it.
    expect(await saveVersion(editor, { articleId: article.id, locale: 'en', intent: 'save', fields })).toMatchObject({ ok: true });
    expect(await saveVersion(editor, { articleId: article.id, locale: 'en', intent: 'publish', fields: { ...fields, imageAlt: 'Dancers in bright costumes on an open-air stage' } })).toMatchObject({
      ok: true,
      status: 'PUBLISHED',
    });
  });
});
